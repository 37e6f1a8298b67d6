/*
 * Tiltaksplan: a message for webviews too old for the task pane (issue 15). Plain ES5 on purpose, loaded as its
 * own file before the bundle (the page's Content-Security-Policy allows no inline script). The bundle sets
 * window.tiltaksplanStarted as it starts; if the page has loaded and it never did (a syntax error in an old
 * webview, a missing browser feature), this script shows what to do instead of an empty pane.
 */
(function () {
  var TEXTS = {
    nb: {
      title: 'Tiltaksplan kan ikke starte her',
      body:
        'Dette Office-vinduet bruker en nettleser som er for gammel for tillegget. ' +
        'Oppdater Office (Microsoft 365, eller Office 2021 eller nyere), eller åpne arbeidsboken i Excel på nettet. ' +
        'Får du ikke oppdatert selv, kontakt IT og oppgi at tillegget trenger en nyere nettleserkomponent (WebView2).',
    },
    nn: {
      title: 'Tiltaksplan kan ikkje starte her',
      body:
        'Dette Office-vindauget brukar ein nettlesar som er for gammal for tillegget. ' +
        'Oppdater Office (Microsoft 365, eller Office 2021 eller nyare), eller opne arbeidsboka i Excel på nettet. ' +
        'Får du ikkje oppdatert sjølv, kontakt IT og sei at tillegget treng ein nyare nettlesarkomponent (WebView2).',
    },
    en: {
      title: 'Tiltaksplan cannot start here',
      body:
        'This Office window uses a browser that is too old for the add-in. ' +
        'Update Office (Microsoft 365, or Office 2021 or later), or open the workbook in Excel on the web. ' +
        'If you cannot update yourself, contact IT and say that the add-in needs a newer browser component (WebView2).',
    },
  };

  function language() {
    var tag = String(navigator.language || navigator.userLanguage || 'nb').toLowerCase();
    if (tag.indexOf('nn') === 0) return 'nn';
    if (tag.indexOf('en') === 0) return 'en';
    return 'nb';
  }

  function show() {
    if (window.tiltaksplanStarted) return;
    var root = document.getElementById('root');
    if (!root) return;
    while (root.firstChild) root.removeChild(root.firstChild);
    var text = TEXTS[language()];
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.style.cssText = 'font-family: Segoe UI, sans-serif; padding: 16px; line-height: 1.4;';
    var title = document.createElement('h1');
    title.style.cssText = 'font-size: 18px; margin: 0 0 8px 0;';
    title.appendChild(document.createTextNode(text.title));
    var body = document.createElement('p');
    body.appendChild(document.createTextNode(text.body));
    box.appendChild(title);
    box.appendChild(body);
    root.appendChild(box);
  }

  if (window.addEventListener) window.addEventListener('load', show, false);
  else if (window.attachEvent) window.attachEvent('onload', show);
})();
