// Models: the deployments behind each public name with prices and, where this instance routes calls, the router's
// state of each (healthy, failing, cooling down). A worker connection lists the names it serves.
import { call, escapeHTML } from "../api.js";
import { table } from "./common.js";

export async function renderModels(main, connection) {
  let deployments;
  try {
    deployments = (await call(connection, "GET", "/model/info")).data ?? [];
  } catch (error) {
    if (error.status !== 404) throw error;
    const served = (await call(connection, "GET", "/v1/models")).data ?? [];
    main.innerHTML = `<h1>Models</h1><p class="hint">${escapeHTML(connection.name)} is a worker: the names it serves.</p>
      ${table(["Model"], served.map((m) => `<tr><td>${escapeHTML(m.id)}</td></tr>`), "No models.")}`;
    return;
  }
  const rows = deployments.map((d) => {
    const info = d.model_info ?? {};
    const params = d.litellm_params ?? {};
    const state = info.router_state ?? "–";
    return `<tr><td>${escapeHTML(d.model_name)}</td><td>${escapeHTML(info.id)}</td><td>${escapeHTML(params.model)}</td>
      <td>${escapeHTML(params.api_base ?? "–")}</td><td>${escapeHTML(info.input_cost_per_token ?? 0)} / ${escapeHTML(info.output_cost_per_token ?? 0)}</td>
      <td>${escapeHTML(params.rpm ?? "–")} / ${escapeHTML(params.tpm ?? "–")}</td><td>${info.db_model ? "database" : "config"}</td>
      <td>${escapeHTML(state)}</td></tr>`;
  });
  main.innerHTML = `<h1>Models</h1>
    ${table(["Model", "Deployment", "Upstream", "API base", "Cost in / out per token", "rpm / tpm", "Source", "Router state"], rows, "No models.")}`;
}
