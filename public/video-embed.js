// Click to play: a video link becomes the player only when the reader asks, so nothing loads from the
// video host before that. Only hosts on this list are embedded (the build checks the same list,
// src/pipeline/render/remark-alerts.ts); anything else stays a plain link.
(function () {
  var hosts = ['https://www.microsoft.com/videoplayer/embed/', 'https://www.youtube-nocookie.com/embed/', 'https://www.youtube.com/embed/', 'https://player.vimeo.com/video/'];
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a.video-link') : null;
    var url = link && link.getAttribute('data-embed');
    if (!url || !hosts.some(function (h) { return url.indexOf(h) === 0; })) return;
    event.preventDefault();
    var frame = document.createElement('iframe');
    frame.src = url.replace('autoplay=false', 'autoplay=true');
    frame.title = link.textContent || '';
    frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    frame.setAttribute('allowfullscreen', '');
    link.parentNode.replaceChild(frame, link);
    frame.focus();
  });
})();
