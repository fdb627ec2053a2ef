// Boots the admin UI: sign-in for the default connection, the proxy switcher, the connections dialog, and the page
// named by the location hash, rendered against the selected connection.
import { escapeHTML } from "./api.js";
import * as connections from "./connections.js";
import { renderKeys } from "./pages/keys.js";
import { renderUsers } from "./pages/users.js";
import { renderTeams } from "./pages/teams.js";
import { renderModels } from "./pages/models.js";
import { renderSpend } from "./pages/spend.js";
import { renderHealth } from "./pages/health.js";

const pages = { keys: renderKeys, users: renderUsers, teams: renderTeams, models: renderModels, spend: renderSpend, health: renderHealth };
const main = document.getElementById("main");
let instance = { version: "", role: "", api_base_url: null };

async function boot() {
  try { instance = await (await fetch("/ui/config.json", { cache: "no-store" })).json(); } catch { /* shown as unknown */ }
  document.getElementById("sign-out").addEventListener("click", () => {
    connections.signOut();
    connections.select("default");
    location.hash = "#/keys";
    route();
  });
  document.getElementById("connection-select").addEventListener("change", (event) => {
    connections.select(event.target.value);
    location.reload();
  });
  setUpConnectionsDialog();
  window.addEventListener("hashchange", route);
  route();
}

function refreshSwitcher() {
  const all = connections.allConnections();
  const current = connections.currentConnection();
  const select = document.getElementById("connection-select");
  select.innerHTML = all.map((c) => `<option value="${escapeHTML(c.id)}"${c.id === current.id ? " selected" : ""}>${escapeHTML(c.name)}</option>`).join("");
  document.getElementById("switcher").hidden = all.length < 2;
}

async function route() {
  refreshSwitcher();
  const name = (location.hash.replace(/^#\//, "") || "keys").split("?")[0];
  for (const link of document.querySelectorAll("#nav a")) {
    if (link.dataset.page === name) link.setAttribute("aria-current", "page"); else link.removeAttribute("aria-current");
  }
  const connection = connections.currentConnection();
  if (connection.isDefault && !connection.apiKey) return renderSignIn();
  const render = pages[name] ?? renderKeys;
  main.innerHTML = `<p class="hint">Loading…</p>`;
  try {
    await render(main, connection, instance);
  } catch (error) {
    main.innerHTML = `<h1>${escapeHTML(name)}</h1><p class="error" role="alert">${escapeHTML(error.message)}</p>`;
  }
}

function renderSignIn() {
  main.innerHTML = `
    <h1>Sign in</h1>
    <form id="sign-in" class="stack card">
      <p class="hint">Use the master key or the key of a user with the <code>proxy_admin</code> role. It is kept for this tab only.</p>
      <label>Key <input id="sign-in-key" name="key" type="password" required autocomplete="off"></label>
      <div class="row"><button class="primary" type="submit">Sign in</button></div>
      <p id="sign-in-error" class="error" role="alert"></p>
    </form>`;
  const form = document.getElementById("sign-in");
  document.getElementById("sign-in-key").focus();
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const key = form.key.value.trim();
    const result = await connections.testConnection({ ...connections.defaultConnection(), apiKey: key });
    if (!result.ok) {
      document.getElementById("sign-in-error").textContent = result.text;
      return;
    }
    connections.signIn(key);
    route();
  });
}

function setUpConnectionsDialog() {
  const dialog = document.getElementById("connections-dialog");
  const form = document.getElementById("connection-form");
  const result = document.getElementById("connection-test-result");
  const showResult = (outcome) => {
    result.textContent = outcome.text;
    result.className = outcome.ok ? "ok" : "error";
  };
  const fill = (entry) => {
    form.id.value = entry?.id ?? "";
    form.name.value = entry?.name ?? "";
    form.url.value = entry?.url ?? "";
    form.apiKey.value = entry?.apiKey ?? "";
    document.getElementById("connection-form-title").textContent = entry ? `Edit ${entry.name}` : "Add a connection";
    result.textContent = "";
  };
  const renderTable = () => {
    const rows = connections.allConnections().map((c) => `
      <tr data-id="${escapeHTML(c.id)}">
        <td>${escapeHTML(c.name)}</td><td>${escapeHTML(c.url)}</td><td class="status" role="status"></td>
        <td><div class="row">
          <button type="button" data-action="test">Test connection</button>
          ${c.isDefault ? "" : `<button type="button" data-action="edit">Edit</button><button type="button" class="danger" data-action="remove">Remove</button>`}
        </div></td>
      </tr>`).join("");
    dialog.querySelector("tbody").innerHTML = rows;
  };
  document.getElementById("manage-connections").addEventListener("click", () => {
    renderTable();
    fill(null);
    dialog.showModal();
  });
  document.getElementById("close-connections").addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => refreshSwitcher());
  dialog.querySelector("tbody").addEventListener("click", async (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    const row = button.closest("tr");
    const entry = connections.allConnections().find((c) => c.id === row.dataset.id);
    if (button.dataset.action === "test") {
      const cell = row.querySelector(".status");
      cell.textContent = "Testing…";
      const outcome = await connections.testConnection(entry);
      cell.textContent = outcome.text;
      cell.className = `status ${outcome.ok ? "ok" : "error"}`;
    } else if (button.dataset.action === "edit") {
      fill(entry);
      form.name.focus();
    } else if (button.dataset.action === "remove" && confirm(`Remove the connection ${entry.name}?`)) {
      connections.removeConnection(entry.id);
      renderTable();
      refreshSwitcher();
    }
  });
  document.getElementById("test-new-connection").addEventListener("click", async () => {
    if (!form.reportValidity()) return;
    result.textContent = "Testing…";
    showResult(await connections.testConnection({ url: form.url.value.trim(), apiKey: form.apiKey.value }));
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    connections.saveConnection({ id: form.id.value, name: form.name.value, url: form.url.value, apiKey: form.apiKey.value });
    renderTable();
    refreshSwitcher();
    fill(null);
    result.textContent = "Saved.";
    result.className = "ok";
  });
}

boot();
