/** The first view's few styles, inline: one request for the whole page, nothing to wait for. */
export const FIRST_VIEW_CSS = `*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1f2328;background:#f5f5f5;line-height:1.5;font-size:14px}
a{color:#0b4f9c}
.skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.5rem;z-index:1}
.bar{background:#b3261e;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center}
.bar a{color:#fff}.brand{font-weight:700;font-size:1.25rem;text-decoration:none}
.who{opacity:.9}.bar nav{display:flex;flex-wrap:wrap;gap:.25rem .9rem;flex-basis:100%}
.bar nav a[aria-current]{font-weight:700;text-decoration:none}
main{max-width:1200px;margin:0 auto;padding:1rem}
.head{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between}
h1{font-size:1.5rem;margin:.25rem 0}h2{font-size:1rem;margin:0 0 .5rem}
.button{background:#b3261e;color:#fff;border-radius:6px;padding:.5rem 1rem;text-decoration:none;display:inline-block;min-height:40px}
.muted{color:#59636e}.small{font-size:.85rem}
.note{background:#e6f0fb;border:1px solid #9bb7df;border-radius:6px;padding:.5rem .75rem}
.kpis{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:12px;margin:12px 0}
@media(min-width:768px){.kpis{grid-template-columns:repeat(4,minmax(0,1fr))}}
.kpi,.card{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:12px 16px}
.kpi-title{color:#59636e}.kpi-value{font-size:1.6rem;font-variant-numeric:tabular-nums}
.cols{display:grid;gap:16px;margin-bottom:16px}.cols>div{display:grid;gap:16px;align-content:start}
@media(min-width:1200px){.cols{grid-template-columns:1fr 1fr}}
figure{margin:0}figure svg{width:100%;height:auto;display:block}
.narrow{display:none}@media(max-width:599px){.wide{display:none}.narrow{display:block}}
.empty{color:#59636e;text-align:center;padding:1rem 0}
ul.rows{list-style:none;padding:0;margin:0}ul.rows li{display:flex;flex-wrap:wrap;gap:.25rem .5rem;padding:.4rem 0;border-bottom:1px solid #f0f0f0}
.grow{flex:1 1 160px;min-width:0}
.tag{font-size:.8rem;padding:0 .4rem;border-radius:4px;border:1px solid}
.tag.late{background:#fff7e6;color:#873800;border-color:#ffd591}.tag.missing{background:#fff1f0;color:#a8071a;border-color:#ffa39e}
summary{cursor:pointer;color:#0b4f9c;padding:.5rem 0;min-height:44px}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #f0f0f0;padding:.35rem .5rem;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}`;
