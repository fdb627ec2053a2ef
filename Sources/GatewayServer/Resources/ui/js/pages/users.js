// Users: the list and creating one.
import { escapeHTML, money } from "../api.js";
import { adminCall, table, showError } from "./common.js";

export async function renderUsers(main, connection) {
  const answer = await adminCall(connection, "GET", "/user/list?page_size=100");
  const rows = (answer.users ?? []).map((u) => `
    <tr><td>${escapeHTML(u.user_id)}</td><td>${escapeHTML(u.user_email ?? "–")}</td><td>${escapeHTML(u.user_role ?? "–")}</td>
    <td>${escapeHTML((u.teams ?? []).join(", ") || "–")}</td><td>${money(u.spend)} / ${u.max_budget == null ? "no budget" : money(u.max_budget)}</td></tr>`);
  main.innerHTML = `
    <h1>Users</h1>
    <section class="card" aria-labelledby="new-user-title">
      <h2 id="new-user-title">Add a user</h2>
      <form id="new-user" class="stack">
        <label>User id <input name="id" required autocomplete="off"></label>
        <label>Email <input name="email" type="email" autocomplete="off"></label>
        <label>Role <select name="role"><option>internal_user</option><option>internal_user_viewer</option><option>proxy_admin</option><option>proxy_admin_viewer</option></select></label>
        <div class="row"><button class="primary" type="submit">Add user</button></div>
        <p id="new-user-result" role="status" aria-live="polite"></p>
      </form>
    </section>
    ${table(["User", "Email", "Role", "Teams", "Spend / budget"], rows, "No users yet.")}`;
  const form = main.querySelector("#new-user");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { user_id: form.id.value.trim(), user_role: form.role.value };
    if (form.email.value.trim()) body.user_email = form.email.value.trim();
    try {
      await adminCall(connection, "POST", "/user/new", body);
      await renderUsers(main, connection);
    } catch (error) {
      showError(main.querySelector("#new-user-result"), error);
    }
  });
}
