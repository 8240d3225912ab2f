// The districts feature's messages, as [中文, English]: places per 1,000 residents and the dashboard, and the
// sentences for the districts problems (problem.<slug>).
export default {
  'places.title': ['各区县千人托位数与规划目标', 'Childcare places per 1,000 residents against the plans\' targets'],
  'places.text': ['托位数为已备案机构（含暂停中）的托位合计；常住人口由各区卫健部门录入；目标摘自各地实施方案。', 'Places are those of filed facilities (suspended ones included); populations are entered by each district\'s health commission; targets come from each district\'s plan.'],
  'places.now': ['现状：每千人 {n} 个托位', 'Now: {n} places per 1,000 residents'],
  'places.noPopulation': ['常住人口尚未录入，暂不能计算', 'Population not yet entered: cannot be worked out yet'],
  'places.detail': ['已备案托位 {p} 个 · 常住人口 {pop}', '{p} places filed · population {pop}'],
  'places.target': ['{y} 年目标：每千人 {n} 个', 'Target for {y}: {n} per 1,000'],
  'places.met': ['已达到', 'met'],
  'places.gap': ['尚差 {n}', '{n} short'],
  'places.source': ['依据：{s}', 'Source: {s}'],
  'places.noTarget': ['本区实施方案未提出千人托位数目标。', 'The district\'s plan sets no figure for places per 1,000.'],
  'places.empty': ['暂无区县数据。', 'No district data yet.'],
  'dash.title': ['数据看板', 'Dashboard'],
  'dash.funnel': ['体验券漏斗（按批次）', 'Voucher funnel by batch'],
  'dash.byFacility': ['本月各机构核销（{m}）', 'Redemptions by facility this month ({m})'],
  'dash.places': ['千人托位数与规划目标', 'Places per 1,000 residents against the targets'],
  'dash.coverage': ['权益覆盖率（本年度已获服务的适龄儿童）', 'Entitlement coverage (eligible children served this year)'],
  'dash.issued': ['发放', 'Issued'],
  'dash.claimed': ['已领', 'Claimed'],
  'dash.redeemed': ['已核销', 'Redeemed'],
  'dash.expired': ['已过期', 'Expired'],
  'dash.now': ['现状', 'Now'],
  'dash.target': ['{y} 年目标', 'Target {y}'],
  'dash.noPopulation': ['（未录入常住人口）', '(population not entered)'],

  // problems, keyed by the slug of the problem type urn:tuoyu:problem:<slug>
  'problem.unknown-district': ['平台暂不服务这个区县。', 'The platform does not serve this district.'],
  'problem.district-not-found': ['没有这个区县。', 'There is no such district.'],
  'problem.other-district': ['没有找到：您的账号只能查看和修改所绑定区县的数据。', 'Not found: your account sees and changes only the district it is bound to.'],
};
