// Draws each statistics chart with ECharts from its JSON (the table under it stays for no-JS readers).
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }
  document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
    fetch(el.dataset.chart).then(function (r) { return r.json(); }).then(function (data) {
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        tooltip: { trigger: 'axis' },
        grid: { left: 48, right: 16, top: 16, bottom: 64, containLabel: true },
        xAxis: { type: 'category', data: data.labels, axisLabel: { rotate: data.labels.length > 6 ? 30 : 0, interval: 0 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: data.values, itemStyle: { color: '#1f4e79' } }]
      });
      el.classList.add('chart-ready');
      window.addEventListener('resize', function () { chart.resize(); });
    });
  });
})();
