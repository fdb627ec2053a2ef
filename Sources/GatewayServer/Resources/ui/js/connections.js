// The proxies this page can manage. The default connection is the instance serving the page (its key kept in
// sessionStorage); the others are {name, url, apiKey} entries kept in localStorage, with the selection.
import { call } from "./api.js";

const listKey = "llmproxy.connections";
const selectedKey = "llmproxy.selected";
const sessionKey = "llmproxy.key";

export function defaultConnection() {
  return { id: "default", name: "This proxy", url: location.origin, apiKey: sessionStorage.getItem(sessionKey) ?? "", isDefault: true };
}

export function savedConnections() {
  try { return JSON.parse(localStorage.getItem(listKey) ?? "[]"); } catch { return []; }
}

export function allConnections() {
  return [defaultConnection(), ...savedConnections()];
}

export function saveConnection(entry) {
  const list = savedConnections();
  const id = entry.id || `c${Date.now().toString(36)}`;
  const clean = { id, name: entry.name.trim(), url: entry.url.trim().replace(/\/+$/, ""), apiKey: entry.apiKey };
  const index = list.findIndex((c) => c.id === id);
  if (index >= 0) list[index] = clean; else list.push(clean);
  localStorage.setItem(listKey, JSON.stringify(list));
  return clean;
}

export function removeConnection(id) {
  localStorage.setItem(listKey, JSON.stringify(savedConnections().filter((c) => c.id !== id)));
  if (localStorage.getItem(selectedKey) === id) localStorage.removeItem(selectedKey);
}

export function currentConnection() {
  const id = localStorage.getItem(selectedKey);
  return allConnections().find((c) => c.id === id) ?? defaultConnection();
}

export function select(id) {
  if (id === "default") localStorage.removeItem(selectedKey); else localStorage.setItem(selectedKey, id);
}

export function signIn(key) { sessionStorage.setItem(sessionKey, key); }
export function signOut() { sessionStorage.removeItem(sessionKey); }

// Readiness first (no key), then one call with the key that the instance's role serves.
export async function testConnection(connection) {
  let health;
  try {
    health = await call({ ...connection, apiKey: "" }, "GET", "/health/readiness");
  } catch (error) {
    if (error.status === 503) return { ok: false, text: "Unhealthy: the proxy answers but its database is disconnected" };
    return { ok: false, text: error.message, kind: error.kind };
  }
  try {
    if (health.role === "worker") await call(connection, "GET", "/v1/models");
    else await call(connection, "GET", "/key/list?size=1");
  } catch (error) {
    return { ok: false, text: error.message, kind: error.kind };
  }
  return { ok: true, role: health.role, text: `Connected (v${health.version}, role ${health.role}, db ${health.db})` };
}
