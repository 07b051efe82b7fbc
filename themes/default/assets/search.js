// The search page's script: answers a query from the index that oitgen built for the site
// (search/index/, made by src/render/search_index.cpp). It loads the list of pages, then only
// the term files of the letters the query starts its words with, and the pieces of text that
// the snippets of the results it shows lie in. Thai has no spaces between words: a query is cut into the words the index knows,
// longest first, so that a name typed without spaces finds the pages that have it.
(function () {
  'use strict';
  var form = document.querySelector('form.search-form');
  if (!form || !window.fetch || !window.Promise) return;
  var input = form.querySelector('input');
  var status = document.querySelector('.search-status');
  var list = document.querySelector('.search-results');
  var indexUrl = form.getAttribute('data-index');
  var root = form.getAttribute('data-root');
  var forDisk = form.hasAttribute('data-for-disk');
  var more = document.querySelector('.search-more');
  var step = 10;       // results shown at a time
  var around = 60;     // characters of a snippet before its first match
  var cache = {};

  function load(path, asText) {
    if (!cache[path]) {
      cache[path] = fetch(indexUrl + path).then(function (response) {
        if (!response.ok) throw new Error(path + ': ' + response.status);
        return asText ? response.text() : response.json();
      });
    }
    return cache[path];
  }

  function message(name, values) {
    return form.getAttribute('data-' + name).replace(/\{(\w+)\}/g, function (all, key) {
      return key in values ? String(values[key]) : all;
    });
  }

  // The query's pieces between spaces and punctuation, as the index writes terms.
  function pieces(query) {
    return query.normalize('NFC').toLowerCase()
      .split(/[\s\u00a0\u200b.,;:!?"'()[\]{}<>\/\\|+=*&^%$#@~`\u2013\u2014\u201c\u201d\u2018\u2019-]+/)
      .filter(function (piece) { return piece !== ''; });
  }

  function termFile(pages, codePoint) {
    var name = codePoint.toString(16);
    return pages.terms.indexOf(name) >= 0 ? load('t/' + name + '.json') : Promise.resolve({});
  }

  // One piece as the index's terms: at each place the longest term the rest starts with; what
  // no term starts is the beginning of a word still being typed, and matches every term that
  // begins with it.
  function segment(pages, piece, from, found) {
    if (from >= piece.length) return Promise.resolve(found);
    var codePoint = piece.codePointAt(from);
    return termFile(pages, codePoint).then(function (terms) {
      var best = '';
      Object.keys(terms).forEach(function (term) {
        if (term.length > best.length && piece.startsWith(term, from)) best = term;
      });
      if (best) {
        found.push({ text: best, postings: terms[best] });
        return segment(pages, piece, from + best.length, found);
      }
      var start = piece.slice(from);
      var postings = [];
      Object.keys(terms).forEach(function (term) {
        if (term.startsWith(start)) postings = postings.concat(terms[term]);
      });
      found.push({ text: start, postings: postings });
      return found;
    });
  }

  // Pages that have every term, best first: how often the terms occur (a title's words count
  // more), and the whole query in the title before all.
  function rank(pages, terms, query) {
    var scores = null;
    terms.forEach(function (term) {
      // page → [score, the piece of its text where a term first occurs]
      var these = {};
      for (var i = 0; i + 2 < term.postings.length; i += 3) {
        var page = term.postings[i];
        var had = these[page] || [0, Infinity];
        these[page] = [had[0] + term.postings[i + 1], Math.min(had[1], term.postings[i + 2])];
      }
      if (scores === null) {
        scores = these;
        return;
      }
      var both = {};
      Object.keys(scores).forEach(function (page) {
        if (page in these)
          both[page] = [scores[page][0] + these[page][0], Math.min(scores[page][1], these[page][1])];
      });
      scores = both;
    });
    var whole = query.normalize('NFC').toLowerCase().replace(/\s+/g, '');
    return Object.keys(scores || {}).map(function (page) {
      var title = pages.pages[page].t.toLowerCase().replace(/\s+/g, '');
      var score = scores[page][0] + (whole && title.indexOf(whole) >= 0 ? 1000 : 0);
      return { page: Number(page), score: score, first: scores[page][1] };
    }).sort(function (a, b) { return b.score - a.score || a.page - b.page; });
  }

  // The stretch of a page's text around its first match, the matches marked: from the piece
  // of the text where the query's words first occur, and the next one.
  function snippet(pages, result, terms) {
    var page = pages.pages[result.page];
    var k = isFinite(result.first) ? result.first : 0;
    var wanted = [load('x/' + result.page + '-' + k + '.txt', true)];
    if (k + 1 < page.c) wanted.push(load('x/' + result.page + '-' + (k + 1) + '.txt', true));
    return Promise.all(wanted).then(function (pieces) {
      var text = pieces.join('');
      var lower = text.toLowerCase();
      // Past the heading, which the result shows already, where the words are there too.
      var heading = page.t ? lower.indexOf(page.t.toLowerCase()) : -1;
      var first = function (from) {
        var at = -1;
        terms.forEach(function (term) {
          var found = lower.indexOf(term.text, from);
          if (found >= 0 && (at < 0 || found < at)) at = found;
        });
        return at;
      };
      var at = heading >= 0 ? first(heading + page.t.length) : -1;
      if (at < 0) at = Math.max(0, first(0));
      var from = Math.max(0, at - around);
      // Cut at a space, not inside a word, where one is near.
      var space = from > 0 ? text.indexOf(' ', from) : -1;
      if (space >= 0 && space < from + 20 && space < at) from = space + 1;
      var to = Math.min(text.length, from + around * 3);
      return marked(text.slice(from, to), terms, from > 0 || k > 0, to < text.length || k + 2 < page.c);
    });
  }

  function marked(text, terms, cutBefore, cutAfter) {
    var lower = text.toLowerCase();
    var start = 0;
    var end = text.length;
    var paragraph = document.createElement('p');
    paragraph.className = 'search-snippet';
    if (cutBefore) paragraph.appendChild(document.createTextNode('…'));
    var at = start;
    while (at < end) {
      var next = -1;
      var length = 0;
      terms.forEach(function (term) {
        var found = lower.indexOf(term.text, at);
        if (found >= 0 && found < end && (next < 0 || found < next)) {
          next = found;
          length = term.text.length;
        }
      });
      if (next < 0) {
        paragraph.appendChild(document.createTextNode(text.slice(at, end)));
        break;
      }
      if (next > at) paragraph.appendChild(document.createTextNode(text.slice(at, next)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(next, next + length);
      paragraph.appendChild(mark);
      at = next + length;
    }
    if (cutAfter) paragraph.appendChild(document.createTextNode('…'));
    return paragraph;
  }

  // Results from `from` on, `step` of them; the button shows the next ones.
  function show(pages, ranked, terms, from, asked) {
    var best = ranked.slice(from, from + step);
    return Promise.all(best.map(function (result) { return snippet(pages, result, terms); }))
      .then(function (snippets) {
        if (asked !== latest) return;
        best.forEach(function (result, k) {
          var page = pages.pages[result.page];
          var item = document.createElement('li');
          var link = document.createElement('a');
          link.href = root + page.u + (forDisk ? 'index.html' : '');
          link.textContent = page.t;
          item.appendChild(link);
          if (page.s) {
            var section = document.createElement('p');
            section.className = 'search-section';
            section.textContent = page.s;
            item.appendChild(section);
          }
          item.appendChild(snippets[k]);
          list.appendChild(item);
        });
        var rest = ranked.length - from - best.length;
        more.hidden = rest <= 0;
        more.onclick = function () {
          more.hidden = true;
          show(pages, ranked, terms, from + step, asked);
        };
      });
  }

  var latest = 0;
  function search(query) {
    var asked = ++latest;
    var words = pieces(query);
    list.textContent = '';
    list.hidden = true;
    more.hidden = true;
    if (words.length === 0) {
      status.textContent = '';
      return Promise.resolve();
    }
    status.textContent = message('searching', {});
    return load('pages.json').then(function (pages) {
      return words.reduce(function (done, piece) {
        return done.then(function (terms) { return segment(pages, piece, 0, terms); });
      }, Promise.resolve([])).then(function (terms) {
        if (asked !== latest) return null;
        var ranked = rank(pages, terms, query);
        status.textContent = ranked.length
          ? message('found', { count: ranked.length, query: query })
          : message('none', { query: query });
        list.hidden = ranked.length === 0;
        return show(pages, ranked, terms, 0, asked);
      });
    }).catch(function () {
      if (asked === latest) status.textContent = message('failed', {});
    });
  }

  form.hidden = false;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var query = input.value;
    if (window.history && history.replaceState) {
      var url = new URL(location.href);
      url.searchParams.set('q', query);
      history.replaceState(null, '', url);
    }
    search(query);
  });
  var asked = new URLSearchParams(location.search).get('q');
  if (asked) {
    input.value = asked;
    search(asked);
  }
}());
