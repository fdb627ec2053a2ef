// Teams: the list with members, creating a team and adding a member.
import { escapeHTML, money } from "../api.js";
import { adminCall, table, showError } from "./common.js";

export async function renderTeams(main, connection) {
  const teams = await adminCall(connection, "GET", "/team/list");
  const rows = (teams ?? []).map((t) => `
    <tr><td>${escapeHTML(t.team_id)}</td><td>${escapeHTML(t.team_alias ?? "–")}</td>
    <td>${escapeHTML((t.members_with_roles ?? []).map((m) => `${m.user_id} (${m.role})`).join(", ") || "–")}</td>
    <td>${money(t.spend)} / ${t.max_budget == null ? "no budget" : money(t.max_budget)}</td></tr>`);
  main.innerHTML = `
    <h1>Teams</h1>
    <div class="row" style="align-items:flex-start">
      <section class="card" aria-labelledby="new-team-title">
        <h2 id="new-team-title">Create a team</h2>
        <form id="new-team" class="stack">
          <label>Team id <input name="id" required autocomplete="off"></label>
          <label>Alias <input name="alias" autocomplete="off"></label>
          <div class="row"><button class="primary" type="submit">Create team</button></div>
        </form>
      </section>
      <section class="card" aria-labelledby="add-member-title">
        <h2 id="add-member-title">Add a member</h2>
        <form id="add-member" class="stack">
          <label>Team id <input name="team" required autocomplete="off"></label>
          <label>User id <input name="user" required autocomplete="off"></label>
          <label>Role <select name="role"><option>user</option><option>admin</option></select></label>
          <div class="row"><button class="primary" type="submit">Add member</button></div>
        </form>
      </section>
    </div>
    <p id="team-result" role="status" aria-live="polite"></p>
    ${table(["Team", "Alias", "Members", "Spend / budget"], rows, "No teams yet.")}`;
  const result = main.querySelector("#team-result");
  main.querySelector("#new-team").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = event.target;
    const body = { team_id: form.id.value.trim() };
    if (form.alias.value.trim()) body.team_alias = form.alias.value.trim();
    try { await adminCall(connection, "POST", "/team/new", body); await renderTeams(main, connection); } catch (error) { showError(result, error); }
  });
  main.querySelector("#add-member").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = event.target;
    const body = { team_id: form.team.value.trim(), member: [{ user_id: form.user.value.trim(), role: form.role.value }] };
    try { await adminCall(connection, "POST", "/team/member_add", body); await renderTeams(main, connection); } catch (error) { showError(result, error); }
  });
}
