// What the admin pages share: loading an admin endpoint (explaining a worker's 404), and table markup.
import { call, escapeHTML } from "../api.js";

export async function adminCall(connection, method, path, body) {
  try {
    return await call(connection, method, path, body);
  } catch (error) {
    if (error.status === 404 && /plane/.test(error.message)) {
      error.message = `${connection.name} does not serve the management API (it is a data-plane worker): manage it from the control plane. ${error.message}`;
    }
    throw error;
  }
}

export function table(columns, rows, emptyText) {
  if (rows.length === 0) return `<p class="hint">${escapeHTML(emptyText)}</p>`;
  const head = columns.map((c) => `<th scope="col">${escapeHTML(c)}</th>`).join("");
  return `<div class="scroll"><table class="grid"><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

export function list(text) {
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}

export function showError(element, error) {
  element.textContent = error.message;
  element.className = "error";
}
