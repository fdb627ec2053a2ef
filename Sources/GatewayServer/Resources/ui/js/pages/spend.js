// Spend over a chosen period: a bar chart of spend per day (SVG), and the top keys, teams and models.
import { escapeHTML, money } from "../api.js";
import { adminCall, table } from "./common.js";

function day(offset) {
  return new Date(Date.now() - offset * 86400000).toISOString().slice(0, 10);
}

function chart(days) {
  const width = 720, height = 220, pad = 28;
  const max = Math.max(...days.map((d) => d.spend), 0.0001);
  const step = (width - pad * 2) / Math.max(days.length, 1);
  const bars = days.map((d, i) => {
    const h = Math.round((d.spend / max) * (height - pad * 2));
    const x = pad + i * step;
    return `<rect x="${x + 2}" y="${height - pad - h}" width="${Math.max(step - 4, 2)}" height="${h}"><title>${escapeHTML(d.date)}: ${money(d.spend)}</title></rect>
      ${days.length <= 14 || i % Math.ceil(days.length / 10) === 0 ? `<text x="${x + step / 2}" y="${height - 8}" text-anchor="middle">${escapeHTML(d.date.slice(5))}</text>` : ""}`;
  }).join("");
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="Spend per day, highest ${money(max)}">
    <text x="${pad}" y="16">max ${money(max)}</text>${bars}</svg>`;
}

export async function renderSpend(main, connection, instance, period = 7) {
  const start = day(period - 1), end = day(0);
  const range = `start_date=${start}&end_date=${end}`;
  const [report, keys, teams, models] = await Promise.all([
    adminCall(connection, "GET", `/global/spend/report?${range}&group_by=model&page_size=10000`),
    adminCall(connection, "GET", `/global/spend/keys?${range}&limit=10`),
    adminCall(connection, "GET", `/global/spend/teams?${range}`),
    adminCall(connection, "GET", `/global/spend/models?${range}&limit=10`),
  ]);
  const byDay = new Map(report.map((d) => [d.group_by_day, (d.models ?? []).reduce((s, m) => s + m.total_spend, 0)]));
  const days = Array.from({ length: period }, (_, i) => day(period - 1 - i)).map((date) => ({ date, spend: byDay.get(date) ?? 0 }));
  const total = days.reduce((s, d) => s + d.spend, 0);
  main.innerHTML = `
    <h1>Spend</h1>
    <form class="row" id="period-form"><label>Period
      <select id="period">${[1, 7, 30, 90].map((p) => `<option value="${p}"${p === period ? " selected" : ""}>last ${p} day${p > 1 ? "s" : ""}</option>`).join("")}</select></label>
      <span>Total ${money(total)} from ${start} to ${end}</span></form>
    <section class="card">${chart(days)}</section>
    <div class="row" style="align-items:flex-start">
      <section class="card"><h2>Keys</h2>${table(["Key", "Spend"], keys.map((k) => `<tr><td>${escapeHTML(k.key_alias ?? k.key_name ?? k.api_key)}</td><td>${money(k.total_spend)}</td></tr>`), "No spend.")}</section>
      <section class="card"><h2>Teams</h2>${table(["Team", "Spend"], (teams.total_spend_per_team ?? []).map((t) => `<tr><td>${escapeHTML(t.team_name)}</td><td>${money(t.total_spend)}</td></tr>`), "No spend.")}</section>
      <section class="card"><h2>Models</h2>${table(["Model", "Spend"], models.map((m) => `<tr><td>${escapeHTML(m.model)}</td><td>${money(m.total_spend)}</td></tr>`), "No spend.")}</section>
    </div>`;
  main.querySelector("#period").addEventListener("change", (event) => renderSpend(main, connection, instance, Number(event.target.value)));
}
