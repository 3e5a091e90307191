// Draws the bundled borders of Kazakhstan and the points of a page (data-points: inline JSON, or
// data-points-url: fetched from this site). No tile server: the map works offline.
(function () {
  'use strict';
  var el = document.getElementById('map');
  if (!el || typeof L === 'undefined') { return; }
  var map = L.map(el, { attributionControl: false, zoomSnap: 0.25 });
  map.setView([48.0, 67.0], 4);

  function addPoints(points) {
    var latlngs = [];
    points.forEach(function (p) {
      var marker = L.circleMarker([p.lat, p.lon], {
        radius: p.count ? Math.min(4 + Math.sqrt(p.count) * 2, 18) : 6,
        color: p.camp ? '#8b1e1e' : '#1f4e79', weight: 2, fillOpacity: 0.6
      }).addTo(map);
      var label = document.createElement('a');
      label.textContent = p.label + (p.count ? ' (' + p.count + ')' : '');
      if (p.href) { label.href = p.href; }
      marker.bindPopup(label);
      latlngs.push([p.lat, p.lon]);
    });
    if (el.dataset.points && latlngs.length > 1) {
      L.polyline(latlngs, { color: '#8b1e1e', weight: 2, dashArray: '4 4' }).addTo(map);
    }
    if (latlngs.length > 1) { map.fitBounds(latlngs, { padding: [30, 30], maxZoom: 6 }); }
    else if (latlngs.length === 1) { map.setView(latlngs[0], 4.5); }
  }

  fetch(el.dataset.borders).then(function (r) { return r.json(); }).then(function (geo) {
    // the borders go under the points, whichever arrives first
    L.geoJSON(geo, { interactive: false, style: { color: '#555', weight: 1.5, fillColor: '#f3efe6', fillOpacity: 1 } })
      .addTo(map).bringToBack();
    el.classList.add('map-ready');
  });
  if (el.dataset.points) {
    addPoints(JSON.parse(el.dataset.points));
  } else if (el.dataset.pointsUrl) {
    fetch(el.dataset.pointsUrl).then(function (r) { return r.json(); }).then(addPoints);
  }
})();
