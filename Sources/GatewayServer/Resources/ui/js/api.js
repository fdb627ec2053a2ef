// Calls a proxy's API with a connection's key and turns every failure into an Error whose message says what went
// wrong in words: unreachable, refused by CORS, key rejected, or the proxy's own error message.

export class ApiError extends Error {
  constructor(kind, message, status) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}

// Whether a fetch that failed at the network level reached a server at all: a no-cors request succeeds (with an
// opaque answer) when the server is there but does not allow this origin.
async function networkFailure(url) {
  try {
    await fetch(url, { mode: "no-cors", cache: "no-store" });
    return new ApiError("cors", `CORS refused: ${new URL(url).origin} does not allow calls from ${location.origin} (set LLMPROXY_CORS_ORIGINS=${location.origin} on it)`);
  } catch {
    return new ApiError("unreachable", `Unreachable: nothing answered at ${new URL(url).origin}`);
  }
}

export async function call(connection, method, path, body) {
  const url = connection.url.replace(/\/+$/, "") + path;
  const headers = { accept: "application/json" };
  if (connection.apiKey) headers.authorization = `Bearer ${connection.apiKey}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  let response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store" });
  } catch {
    throw await networkFailure(url);
  }
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!response.ok) {
    const message = json?.error?.message ?? (text || response.statusText);
    const kind = response.status === 401 || response.status === 403 ? "key" : "http";
    const prefix = kind === "key" ? `Key rejected (${response.status})` : `Error ${response.status}`;
    throw new ApiError(kind, `${prefix}: ${message}`, response.status);
  }
  return json;
}

export function escapeHTML(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

export function money(value) {
  return typeof value === "number" ? `$${value.toFixed(value < 1 ? 4 : 2)}` : "–";
}
