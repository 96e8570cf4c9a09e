// The site's search and the index page's filters. Our own script: copied by the build from the templates
// folder into the site, loaded by index.html after search-index.js (which sets window.reportgenSearchIndex).
// It works from a USB stick (file://): no fetch, no server, nothing from outside.
//
// The data is not trusted: every text from the index reaches the page through textContent or a text node,
// never as HTML, and nothing is evaluated.
//
// Words are read as the build reads them (src/ReportGen.Templating/Search/SearchText.cs; keep the two in
// step): NFC, lower case, no diacritics ("Thi đua" → "thi dua"), numbers under their plain forms
// ("12.278,27" → "12278" and "12278,27"). Every word of the query must be on the page; the last one may be
// the start of a word. A hit in a title counts more than one in a heading, which counts more than one in text.
(function () {
  'use strict';

  var index = window.reportgenSearchIndex;
  var form = document.getElementById('search');
  if (!form || !index || index.version !== 1) {
    return; // no index (an older build, a templates folder without it): the page stays the plain list
  }

  var TITLE = 0, HEADING = 1;
  var WEIGHTS = [10, 4, 1];
  var MAX_RESULTS = 50;
  var SNIPPET = 220;

  // ---- reading text (the rules of SearchText.cs) ----

  var WORD = /[0-9]+(?:[.,][0-9]+)*|[\p{L}\p{M}\p{N}]+/gu;
  var VI_THOUSANDS = /^[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?$/;
  var VI_DECIMAL = /^[0-9]+,[0-9]+$/;
  var EN_THOUSANDS = /^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$/;
  var EN_DECIMAL = /^[0-9]+\.[0-9]+$/;

  function fold(text) {
    return text.normalize('NFC').toLocaleLowerCase('vi').normalize('NFD')
      .replace(/\p{Mn}/gu, '').replace(/đ/g, 'd').normalize('NFC');
  }

  function isNumber(word) {
    return word.length > 0 && word[0] >= '0' && word[0] <= '9';
  }

  // The forms of a number: its whole part without separators, and with its decimals after a comma.
  function numberForms(number) {
    var whole, decimals, at;
    if (VI_THOUSANDS.test(number) || VI_DECIMAL.test(number)) {
      at = number.indexOf(',');
      whole = (at < 0 ? number : number.slice(0, at)).split('.').join('');
      decimals = at < 0 ? '' : number.slice(at + 1);
    } else if (EN_THOUSANDS.test(number) || EN_DECIMAL.test(number)) {
      at = number.indexOf('.');
      whole = (at < 0 ? number : number.slice(0, at)).split(',').join('');
      decimals = at < 0 ? '' : number.slice(at + 1);
    } else {
      return number.split(/[.,]/).filter(function (g, i, all) { return g.length > 0 && all.indexOf(g) === i; });
    }
    return decimals.length === 0 ? [whole] : [whole, whole + ',' + decimals];
  }

  function formsOf(word) {
    var folded = fold(word);
    return isNumber(folded) ? numberForms(folded) : [folded];
  }

  // The query as words to find: a number by its most precise form ("12.278,27" → "12278,27");
  // the last word, unless a space follows it, may be the start of a longer one.
  function queryWords(query) {
    var words = [];
    (query.match(WORD) || []).forEach(function (word) {
      var forms = formsOf(word);
      var folded = fold(word);
      var exact = isNumber(folded) && (VI_THOUSANDS.test(folded) || VI_DECIMAL.test(folded) || EN_THOUSANDS.test(folded) || EN_DECIMAL.test(folded));
      (exact ? [forms[forms.length - 1]] : forms).forEach(function (form) {
        if (form.length > 0) words.push({ text: form, prefix: false });
      });
    });
    if (words.length > 0 && !/\s$/.test(query)) {
      words[words.length - 1].prefix = true;
    }
    return words;
  }

  function matches(word, forms) {
    for (var i = 0; i < forms.length; i++) {
      if (word.prefix ? forms[i].indexOf(word.text) === 0 : forms[i] === word.text) return true;
    }
    return false;
  }

  // ---- finding pages ----

  var vocabulary = Object.keys(index.words);

  // For one query word: page number → the best field it stands in on that page.
  function pagesWith(word) {
    var found = new Map();
    var tokens = word.prefix
      ? vocabulary.filter(function (token) { return token.indexOf(word.text) === 0; })
      : (Object.prototype.hasOwnProperty.call(index.words, word.text) ? [word.text] : []);
    tokens.forEach(function (token) {
      index.words[token].forEach(function (value) {
        var page = Math.floor(value / 3), field = value % 3;
        if (!found.has(page) || field < found.get(page)) found.set(page, field);
      });
    });
    return found;
  }

  function search(query, allowed) {
    var words = queryWords(query);
    if (words.length === 0) return { words: words, pages: [], passages: new Map() };
    var scores = null;
    words.forEach(function (word) {
      var found = pagesWith(word);
      var next = new Map();
      found.forEach(function (field, page) {
        if (!allowed(index.pages[page])) return;
        if (scores === null || scores.has(page)) {
          next.set(page, (scores === null ? 0 : scores.get(page)) + WEIGHTS[field]);
        }
      });
      scores = next;
    });
    // A page with one passage holding every word (a name, a phrase) before pages that hold them apart.
    var passages = new Map();
    scores.forEach(function (score, page) {
      var passage = bestPassage(page, words);
      passages.set(page, passage);
      if (passage && passage.found === words.length) scores.set(page, score + 100);
    });
    var pages = Array.from(scores.keys());
    // Pages come newest first; sort is stable, so equal scores keep that order.
    pages.sort(function (a, b) { return scores.get(b) - scores.get(a); });
    return { words: words, pages: pages, passages: passages };
  }

  // Each page's passages with the forms of their words, read once, when a search first reaches the page.
  var passagesOfPage = new Map();

  function passagesOf(pageNumber) {
    if (!passagesOfPage.has(pageNumber)) {
      var passages = [];
      var title = fold(index.pages[pageNumber].title);
      index.pages[pageNumber].parts.forEach(function (part) {
        for (var i = 1; i < part.length; i++) {
          var text = part[i][1];
          passages.push({
            // A passage that only repeats the title (the agenda's first line) ranks as the title: it says nothing new.
            anchor: part[0], field: title.indexOf(fold(text)) >= 0 ? TITLE : part[i][0], text: text,
            forms: (text.match(WORD) || []).map(formsOf),
          });
        }
      });
      passagesOfPage.set(pageNumber, passages);
    }
    return passagesOfPage.get(pageNumber);
  }

  // The passage to show: the one holding most of the query's words, a paragraph before a heading
  // before the title (the title is shown anyway); its part's id is where the link leads.
  function bestPassage(pageNumber, words) {
    var best = null;
    passagesOf(pageNumber).forEach(function (passage) {
      var seen = new Set();
      passage.forms.forEach(function (forms) {
        words.forEach(function (word, i) { if (matches(word, forms)) seen.add(i); });
      });
      if (seen.size === 0) return;
      var score = seen.size * 10 + (passage.field === TITLE ? 0 : passage.field === HEADING ? 1 : 2);
      if (best === null || score > best.score) best = { score: score, found: seen.size, passage: passage };
    });
    return best === null ? null : { found: best.found, field: best.passage.field, text: best.passage.text, anchor: best.passage.anchor };
  }

  // ---- showing results (DOM only, text only) ----

  // Appends text to parent, each word of the query in a <mark>.
  function appendMarked(parent, text, words) {
    var last = 0;
    text.replace(WORD, function (token, at) {
      if (words.some(function (word) { return matches(word, formsOf(token)); })) {
        if (at > last) parent.appendChild(document.createTextNode(text.slice(last, at)));
        var mark = document.createElement('mark');
        mark.textContent = token;
        parent.appendChild(mark);
        last = at + token.length;
      }
      return token;
    });
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  // A window of a long passage around its first hit, cut at spaces.
  function excerpt(text, words) {
    if (text.length <= SNIPPET) return text;
    var first = 0, match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      var forms = formsOf(match[0]);
      if (words.some(function (word) { return matches(word, forms); })) { first = match.index; break; }
    }
    WORD.lastIndex = 0;
    var start = Math.max(0, first - 60);
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  function resultItem(page, passage, words) {
    var item = document.createElement('li');
    var link = document.createElement('a');
    link.setAttribute('href', page.url + (passage && passage.anchor ? '#' + passage.anchor : ''));
    var title = document.createElement('strong');
    appendMarked(title, page.title, words);
    link.appendChild(title);
    item.appendChild(link);
    var meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = page.kindName + ' · ' + page.when;
    item.appendChild(document.createElement('br'));
    item.appendChild(meta);
    if (passage && passage.field !== TITLE) {
      var snippet = document.createElement('p');
      snippet.className = 'snippet';
      appendMarked(snippet, excerpt(passage.text, words), words);
      item.appendChild(snippet);
    }
    return item;
  }

  // ---- the page: query box, filters, list ----

  var input = document.getElementById('search-q');
  var filters = {
    year: document.getElementById('filter-year'),
    unit: document.getElementById('filter-unit'),
    kind: document.getElementById('filter-kind'),
  };
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var resultList = results.querySelector('ol');
  var listing = document.getElementById('listing');
  var listingEmpty = document.getElementById('listing-empty');

  function chosen(name) {
    return filters[name] ? filters[name].value : '';
  }

  function allowed(year, units, kind) {
    return (chosen('year') === '' || String(year) === chosen('year')) &&
      (chosen('unit') === '' || units.indexOf(chosen('unit')) >= 0) &&
      (chosen('kind') === '' || kind === chosen('kind'));
  }

  function filterListing() {
    var shown = 0;
    listing.querySelectorAll('li[data-kind]').forEach(function (item) {
      var ok = allowed(item.getAttribute('data-year'), (item.getAttribute('data-unit') || '').split('|'), item.getAttribute('data-kind'));
      item.hidden = !ok;
      if (ok) shown++;
    });
    // A unit, a year or the roundups with nothing left to show go too.
    listing.querySelectorAll('.unit, section').forEach(function (group) {
      group.hidden = group.querySelector('li[data-kind]:not([hidden])') === null;
    });
    listingEmpty.hidden = shown > 0;
    return shown;
  }

  function update() {
    var query = input.value;
    var shown = filterListing();
    if (query.trim() === '') {
      results.hidden = true;
      listing.hidden = false;
      resultList.replaceChildren();
      status.textContent = shown + ' mục trong danh sách.';
      return;
    }
    var found = search(query, function (page) { return allowed(page.year, page.units, page.kind); });
    resultList.replaceChildren();
    found.pages.slice(0, MAX_RESULTS).forEach(function (page) {
      resultList.appendChild(resultItem(index.pages[page], found.passages.get(page), found.words));
    });
    results.hidden = false;
    listing.hidden = true;
    var quoted = '“' + query.trim() + '”';
    status.textContent = found.pages.length === 0
      ? 'Không tìm thấy trang nào có ' + quoted + '.'
      : 'Tìm thấy ' + found.pages.length + ' trang có ' + quoted +
        (found.pages.length > MAX_RESULTS ? ', hiện ' + MAX_RESULTS + ' trang đầu.' : '.');
  }

  var fromAddress = new URLSearchParams(window.location.search);
  if (input.value === '' && fromAddress.get('q')) input.value = fromAddress.get('q');
  Object.keys(filters).forEach(function (name) {
    var value = fromAddress.get(name);
    if (filters[name] && value && Array.prototype.some.call(filters[name].options, function (o) { return o.value === value; })) {
      filters[name].value = value;
    }
  });

  input.addEventListener('input', update);
  Object.keys(filters).forEach(function (name) {
    if (filters[name]) filters[name].addEventListener('change', update);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    update();
  });
  form.hidden = false;
  update();
})();
