// Keys: the list (alias, owner, team, models, spend and budget, expiry, blocked), generating a key (shown once, with
// a copy button), blocking, unblocking and deleting.
import { escapeHTML, money } from "../api.js";
import { adminCall, table, list, showError } from "./common.js";

// Where clients should send calls made with a new key: the configured sample-code base URL, else the connection's.
function apiBase(connection, instance) {
  if (connection.isDefault && instance?.api_base_url) return instance.api_base_url.replace(/\/+$/, "");
  return connection.url.replace(/\/+$/, "");
}

export async function renderKeys(main, connection, instance) {
  const answer = await adminCall(connection, "GET", "/key/list?return_full_object=true&size=100");
  const rows = (answer.keys ?? []).map((k) => `
    <tr data-token="${escapeHTML(k.token)}">
      <td>${escapeHTML(k.key_alias ?? "–")}</td><td><code>${escapeHTML(k.key_name)}</code></td>
      <td>${escapeHTML(k.user_id ?? "–")}</td><td>${escapeHTML(k.team_id ?? "–")}</td>
      <td>${escapeHTML((k.models ?? []).join(", ") || "all")}</td>
      <td>${money(k.spend)} / ${k.max_budget == null ? "no budget" : money(k.max_budget)}</td>
      <td>${escapeHTML(k.expires ? k.expires.slice(0, 10) : "never")}</td>
      <td>${k.blocked ? "blocked" : "active"}</td>
      <td><div class="row">
        <button type="button" data-action="${k.blocked ? "unblock" : "block"}">${k.blocked ? "Unblock" : "Block"}</button>
        <button type="button" class="danger" data-action="delete">Delete</button>
      </div></td>
    </tr>`);
  main.innerHTML = `
    <h1>Keys <span class="hint">(${answer.total_count ?? rows.length} on ${escapeHTML(connection.name)})</span></h1>
    <section class="card" aria-labelledby="generate-title">
      <h2 id="generate-title">Generate a key</h2>
      <form id="generate" class="stack">
        <label>Alias <input name="alias" autocomplete="off"></label>
        <label>Models (comma-separated; empty for all) <input name="models" autocomplete="off"></label>
        <label>Max budget (USD) <input name="budget" type="number" min="0" step="any"></label>
        <label>Duration (30d, 12h; empty for none) <input name="duration" autocomplete="off"></label>
        <label>Team id <input name="team" autocomplete="off"></label>
        <div class="row"><button class="primary" type="submit">Generate</button></div>
        <div id="generated" role="status" aria-live="polite"></div>
      </form>
    </section>
    <section aria-label="Key list">${table(["Alias", "Key", "Owner", "Team", "Models", "Spend / budget", "Expires", "State", "Actions"], rows, "No keys yet.")}</section>
    <p id="key-action-result" role="status" aria-live="polite"></p>`;

  const form = main.querySelector("#generate");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = {};
    if (form.alias.value.trim()) body.key_alias = form.alias.value.trim();
    if (form.models.value.trim()) body.models = list(form.models.value);
    if (form.budget.value !== "") body.max_budget = Number(form.budget.value);
    if (form.duration.value.trim()) body.duration = form.duration.value.trim();
    if (form.team.value.trim()) body.team_id = form.team.value.trim();
    const out = main.querySelector("#generated");
    try {
      const created = await adminCall(connection, "POST", "/key/generate", body);
      out.innerHTML = `
        <p>Copy this key now: it is not shown again.</p>
        <p class="row"><span class="secret" id="new-key">${escapeHTML(created.key)}</span>
        <button type="button" id="copy-key">Copy</button> <button type="button" id="done-key">Done</button></p>
        <p>Try it:</p>
        <pre class="sample" id="sample-code">curl ${escapeHTML(apiBase(connection, instance))}/v1/chat/completions \\
  -H "Authorization: Bearer ${escapeHTML(created.key)}" -H "Content-Type: application/json" \\
  -d '{"model": "${escapeHTML(body.models?.[0] ?? "demo")}", "messages": [{"role": "user", "content": "Hello"}]}'</pre>`;
      out.querySelector("#copy-key").addEventListener("click", async () => {
        try { await navigator.clipboard.writeText(created.key); out.querySelector("#copy-key").textContent = "Copied"; }
        catch { getSelection().selectAllChildren(out.querySelector("#new-key")); }
      });
      out.querySelector("#done-key").addEventListener("click", () => renderKeys(main, connection, instance));
      out.querySelector("#copy-key").focus();
    } catch (error) {
      showError(out, error);
    }
  });

  main.querySelector("tbody")?.addEventListener("click", async (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    const token = button.closest("tr").dataset.token;
    const result = main.querySelector("#key-action-result");
    try {
      if (button.dataset.action === "delete") {
        if (!confirm("Delete this key? Calls with it stop at once.")) return;
        await adminCall(connection, "POST", "/key/delete", { keys: [token] });
      } else {
        await adminCall(connection, "POST", `/key/${button.dataset.action}`, { key: token });
      }
      await renderKeys(main, connection, instance);
    } catch (error) {
      showError(result, error);
    }
  });
}
