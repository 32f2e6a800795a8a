/*
 * The newsroom's enhancements. Everything works without them; with them, the slug follows
 * the headline, the preview follows the typing, the text is autosaved to the server and
 * kept in this browser, and leaving with unsaved changes asks first.
 */
(function () {
	'use strict';

	var STORAGE_PREFIX = 'gazette.newsroom.article.';
	var SUBMITTED = 'gazette.newsroom.submitted';
	var AUTOSAVE_DELAY = 3000;
	var LOCAL_DELAY = 300;
	var PREVIEW_DELAY = 400;

	function storage() {
		try {
			return window.localStorage;
		}
		catch (e) {
			return null;
		}
	}

	function readEntry(key) {
		var store = storage();
		if (!store) {
			return null;
		}
		try {
			return JSON.parse(store.getItem(STORAGE_PREFIX + key));
		}
		catch (e) {
			return null;
		}
	}

	function writeEntry(key, entry) {
		var store = storage();
		if (store) {
			try {
				store.setItem(STORAGE_PREFIX + key, JSON.stringify(entry));
			}
			catch (e) {
				// Storage full or refused: the server autosave still keeps the text.
			}
		}
	}

	function removeEntry(key) {
		var store = storage();
		if (store) {
			store.removeItem(STORAGE_PREFIX + key);
		}
	}

	function debounce(fn, delay) {
		var timer = null;
		return function () {
			window.clearTimeout(timer);
			timer = window.setTimeout(fn, delay);
		};
	}

	function timeText(iso) {
		var date = new Date(iso);
		return isNaN(date) ? '' : date.toLocaleString();
	}

	/* The dashboard lists text kept in this browser, so that it is found again after signing in. */
	function listUnsaved(box) {
		var store = storage();
		if (!store) {
			return;
		}
		var list = box.querySelector('ul');
		for (var i = 0; i < store.length; i++) {
			var name = store.key(i);
			if (name.indexOf(STORAGE_PREFIX) !== 0) {
				continue;
			}
			var key = name.substring(STORAGE_PREFIX.length);
			var entry = readEntry(key);
			if (!entry || !entry.fields) {
				continue;
			}
			var item = document.createElement('li');
			var link = document.createElement('a');
			link.href = (key === 'new') ? '/admin/articles/new' : '/admin/articles/' + encodeURIComponent(key) + '/edit';
			link.textContent = entry.fields.title || 'Untitled';
			item.appendChild(link);
			item.appendChild(document.createTextNode(' — kept ' + timeText(entry.savedAt)));
			list.appendChild(item);
		}
		if (list.children.length > 0) {
			box.hidden = false;
		}
	}

	function slugOf(title) {
		var ascii = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
		var slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
		if (slug.length > 200) {
			slug = slug.substring(0, 200);
			var hyphen = slug.lastIndexOf('-');
			slug = (hyphen > 100 ? slug.substring(0, hyphen) : slug).replace(/-+$/, '');
		}
		return slug;
	}

	function fieldsOf(form) {
		var fields = {};
		Array.prototype.forEach.call(form.elements, function (element) {
			if (!element.name || element.name === '_csrf' || element.type === 'submit' || element.type === 'button'
					|| element.disabled) {
				return;
			}
			if (element.type === 'radio') {
				if (element.checked) {
					fields[element.name] = element.value;
				}
			}
			else if (element.type === 'checkbox') {
				fields[element.name] = element.checked ? element.value : '';
			}
			else {
				fields[element.name] = element.value;
			}
		});
		return fields;
	}

	function sameText(a, b) {
		var names = Object.keys(a).concat(Object.keys(b));
		for (var i = 0; i < names.length; i++) {
			var name = names[i];
			if (name === 'version' || name.charAt(0) === '_') {
				continue;
			}
			var left = (a[name] || '').replace(/\r\n/g, '\n').trim();
			var right = (b[name] || '').replace(/\r\n/g, '\n').trim();
			if (left !== right) {
				return false;
			}
		}
		return true;
	}

	function fill(form, fields) {
		Array.prototype.forEach.call(form.elements, function (element) {
			if (!element.name || !(element.name in fields) || element.name === '_csrf' || element.type === 'submit') {
				return;
			}
			var value = fields[element.name];
			if (element.type === 'radio') {
				element.checked = (element.value === value);
			}
			else if (element.type === 'checkbox') {
				element.checked = (value === element.value);
			}
			else {
				element.value = value;
			}
		});
	}

	function csrfHeaders() {
		var token = document.querySelector('meta[name="_csrf"]');
		var header = document.querySelector('meta[name="_csrf_header"]');
		var headers = { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' };
		if (token && header) {
			headers[header.content] = token.content;
		}
		return headers;
	}

	function post(url, form) {
		var body = new URLSearchParams(new FormData(form));
		body.delete('preview');
		return window.fetch(url, {
			method: 'POST',
			headers: csrfHeaders(),
			body: body,
			credentials: 'same-origin',
			redirect: 'manual'
		});
	}

	function enhanceForm(form) {
		var key = form.getAttribute('data-storage-key');
		var autosaveUrl = form.getAttribute('data-autosave-url');
		var previewUrl = form.getAttribute('data-preview-url');
		var status = form.querySelector('[data-autosave-status]');
		var title = form.querySelector('#title');
		var slug = form.querySelector('[data-slug]');
		var version = form.querySelector('input[name="version"]');
		var dirty = false;
		var serverDirty = false;
		var submitting = false;
		var autosaving = false;
		// A save asked for while an autosave is on its way, sent when that is answered.
		var heldSubmit = null;

		function say(text) {
			if (status) {
				status.textContent = text;
			}
		}

		/* A save that was answered with the article page: what this browser kept is in it now. */
		var sessionStore = window.sessionStorage;
		if (form.getAttribute('data-saved') === 'true' && sessionStore) {
			var submitted = sessionStore.getItem(SUBMITTED);
			if (submitted) {
				removeEntry(submitted);
				sessionStore.removeItem(SUBMITTED);
			}
		}

		var kept = readEntry(key);
		if (kept && kept.fields && !sameText(kept.fields, fieldsOf(form))) {
			var offer = document.querySelector('[data-local-offer]');
			if (offer) {
				offer.querySelector('[data-local-time]').textContent = 'kept ' + timeText(kept.savedAt);
				offer.hidden = false;
				offer.querySelector('[data-local-restore]').addEventListener('click', function () {
					fill(form, kept.fields);
					offer.hidden = true;
					dirty = true;
					serverDirty = true;
					slugFollowsTitle = false;
					schedulePreview();
					scheduleAutosave();
					say('Text from this browser restored. Save to keep it.');
				});
				offer.querySelector('[data-local-discard]').addEventListener('click', function () {
					removeEntry(key);
					offer.hidden = true;
				});
			}
		}
		else if (kept) {
			removeEntry(key);
		}

		var slugFollowsTitle = slug && title && (slug.value === '' || slug.value === slugOf(title.value));
		if (slug) {
			slug.addEventListener('input', function () {
				slugFollowsTitle = (slug.value === '');
			});
		}
		if (title && slug) {
			title.addEventListener('input', function () {
				if (slugFollowsTitle) {
					slug.value = slugOf(title.value);
				}
			});
		}

		function keepNow() {
			writeEntry(key, { fields: fieldsOf(form), savedAt: new Date().toISOString(), path: location.pathname });
		}
		var keepLocally = debounce(keepNow, LOCAL_DELAY);

		var scheduleAutosave = debounce(function () {
			if (!serverDirty || submitting) {
				return;
			}
			if (autosaving) {
				scheduleAutosave();
				return;
			}
			autosaving = true;
			serverDirty = false;
			post(autosaveUrl, form).then(function (response) {
				if (response.status === 204) {
					return null;
				}
				if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
					serverDirty = true;
					say('Not autosaved: your session may have expired. Your text is kept in this browser — '
						+ 'sign in again in another tab, then reload this page to get it back.');
					return null;
				}
				if (!response.ok) {
					serverDirty = true;
					say('Not autosaved (error ' + response.status + '). Your text is kept in this browser.');
					return null;
				}
				return response.json();
			}).then(function (result) {
				if (!result) {
					return;
				}
				if (result.action) {
					// The new article became a draft: from now on the form saves to it.
					var old = key;
					key = String(result.id);
					form.action = result.action;
					autosaveUrl = result.autosave;
					form.setAttribute('data-storage-key', key);
					if (version) {
						version.value = result.version;
					}
					removeEntry(old);
					keepLocally();
					window.history.replaceState(null, '', result.edit);
				}
				say('Autosaved at ' + timeText(result.savedAt) + ' (not published).');
			}).catch(function () {
				serverDirty = true;
				say('Not autosaved: the server cannot be reached. Your text is kept in this browser.');
			}).then(function () {
				autosaving = false;
				if (heldSubmit) {
					var submitter = heldSubmit.submitter;
					heldSubmit = null;
					if (form.requestSubmit) {
						form.requestSubmit(submitter);
					}
					else {
						form.submit();
					}
				}
			});
		}, AUTOSAVE_DELAY);

		var preview = document.getElementById('preview');
		var schedulePreview = debounce(function () {
			if (!previewUrl || !preview) {
				return;
			}
			post(previewUrl, form).then(function (response) {
				return response.ok && response.type !== 'opaqueredirect' ? response.text() : null;
			}).then(function (html) {
				if (!html) {
					return;
				}
				var parsed = new DOMParser().parseFromString(html, 'text/html');
				['preview', 'checklist'].forEach(function (id) {
					var fresh = parsed.getElementById(id);
					var current = document.getElementById(id);
					if (fresh && current) {
						current.replaceWith(document.adoptNode(fresh));
					}
				});
			}).catch(function () {
				// The preview button still works.
			});
		}, PREVIEW_DELAY);

		form.addEventListener('input', function (event) {
			dirty = true;
			serverDirty = true;
			keepLocally();
			scheduleAutosave();
			if (event.target.hasAttribute('data-preview') || event.target.name === 'status') {
				schedulePreview();
			}
		});
		form.addEventListener('change', function () {
			dirty = true;
			serverDirty = true;
			keepLocally();
			scheduleAutosave();
		});

		form.addEventListener('submit', function (event) {
			if (autosaving) {
				// An autosave is on its way. The first one of a new article creates it and
				// changes where the form saves to: sent now, this save would create the
				// article a second time (and be refused, its address taken by the draft).
				// So the save waits for the autosave's answer.
				event.preventDefault();
				heldSubmit = { submitter: event.submitter || null };
				submitting = true;
				say('Saving…');
				return;
			}
			submitting = true;
			keepNow();
			if (window.sessionStorage) {
				window.sessionStorage.setItem(SUBMITTED, key);
			}
		});

		window.addEventListener('beforeunload', function (event) {
			if (dirty && !submitting) {
				// What was typed in the last moments, before the delayed copy ran, is kept too.
				keepNow();
				event.preventDefault();
				event.returnValue = '';
			}
		});
		// Phones often leave without asking (no beforeunload): the text is kept all the same.
		window.addEventListener('pagehide', function () {
			if (dirty && !submitting) {
				keepNow();
			}
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		var unsaved = document.querySelector('[data-unsaved-list]');
		if (unsaved) {
			listUnsaved(unsaved);
		}
		var form = document.getElementById('article-form');
		if (form) {
			enhanceForm(form);
		}
	});
}());
