// Instance health: the current connection's /health/readiness, as it answers.
import { call, escapeHTML } from "../api.js";

export async function renderHealth(main, connection) {
  let health;
  let problem = "";
  try {
    health = await call({ ...connection, apiKey: "" }, "GET", "/health/readiness");
  } catch (error) {
    problem = error.message;
  }
  const fields = health ? Object.entries(health).map(([k, v]) => `<tr><th scope="row">${escapeHTML(k)}</th><td>${escapeHTML(Array.isArray(v) ? v.join(", ") : v)}</td></tr>`).join("") : "";
  main.innerHTML = `<h1>Health of ${escapeHTML(connection.name)}</h1>
    <p class="${health ? "ok" : "error"}" role="status">${health ? `Ready: database ${escapeHTML(health.db)}` : escapeHTML(problem)}</p>
    ${health ? `<div class="scroll"><table class="grid"><tbody>${fields}</tbody></table></div>` : ""}
    <p><button type="button" id="refresh-health">Refresh</button></p>`;
  main.querySelector("#refresh-health").addEventListener("click", () => renderHealth(main, connection));
}
