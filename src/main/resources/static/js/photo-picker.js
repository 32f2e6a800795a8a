// Photos for editors, as an enhancement: the photo library's "Copy" buttons, and the photo
// picker beside an article's body, which uploads a photo (or takes a recent one) and
// inserts its figure markdown at the cursor. Without this script the library still shows
// every snippet, and the picker links to the library.
(function () {
	'use strict';

	if (window.gazettePhotoPicker) {
		return;
	}
	window.gazettePhotoPicker = true;

	function copyButtons() {
		document.querySelectorAll('[data-copy-snippet]').forEach(function (button) {
			var source = document.getElementById(button.getAttribute('data-copy-snippet'));
			if (!source) {
				return;
			}
			button.hidden = false;
			button.addEventListener('click', function () {
				copy(source).then(function () {
					button.textContent = 'Copied';
				}, function () {
					source.focus();
					source.select();
					button.textContent = 'Press Ctrl+C to copy';
				});
			});
		});
	}

	function copy(source) {
		if (navigator.clipboard && window.isSecureContext) {
			return navigator.clipboard.writeText(source.value);
		}
		source.focus();
		source.select();
		return document.execCommand('copy') ? Promise.resolve() : Promise.reject(new Error('no clipboard'));
	}

	// The article page provides the token as meta tags; a form's hidden field will do too.
	function csrf() {
		var token = document.querySelector('meta[name="_csrf"]');
		var header = document.querySelector('meta[name="_csrf_header"]');
		if (token && header) {
			return { header: header.getAttribute('content'), token: token.getAttribute('content') };
		}
		var field = document.querySelector('input[name="_csrf"]');
		return field ? { field: '_csrf', token: field.value } : null;
	}

	function insertAtCursor(textarea, snippet) {
		var start = textarea.selectionStart;
		var end = textarea.selectionEnd;
		var before = textarea.value.slice(0, start);
		var after = textarea.value.slice(end);
		// A figure is an image alone in its paragraph: blank lines around it.
		var lead = before.length === 0 || /\n\n$/.test(before) ? '' : (/\n$/.test(before) ? '\n' : '\n\n');
		var trail = after.length === 0 ? '\n' : (/^\n\n/.test(after) ? '' : (/^\n/.test(after) ? '\n' : '\n\n'));
		var text = lead + snippet + trail;
		textarea.focus();
		textarea.setSelectionRange(start, end);
		// insertText keeps the browser's undo history; setRangeText is the fallback.
		var inserted = false;
		try {
			inserted = document.execCommand('insertText', false, text);
		}
		catch (ignored) {
			inserted = false;
		}
		if (!inserted || textarea.value.slice(start, start + text.length) !== text) {
			textarea.setRangeText(text, start, end, 'end');
			textarea.dispatchEvent(new Event('input', { bubbles: true }));
		}
	}

	function picker(panel) {
		var url = panel.getAttribute('data-upload-url');
		var target = document.getElementById(panel.getAttribute('data-target') || 'body');
		var controls = panel.querySelector('.photo-picker__controls');
		var file = panel.querySelector('#photo-picker-file');
		var alt = panel.querySelector('#photo-picker-alt');
		var caption = panel.querySelector('#photo-picker-caption');
		var credit = panel.querySelector('#photo-picker-credit');
		var button = panel.querySelector('.photo-picker__upload');
		var status = panel.querySelector('.photo-picker__status');
		var recent = panel.querySelector('.photo-picker__recent');
		var maxBytes = 0;
		var maxText = '';
		var lastFocus = null;

		if (!controls || !url) {
			return;
		}
		controls.hidden = false;

		// Remember where the cursor was in the body, since pressing a button moves focus.
		if (target) {
			target.addEventListener('blur', function () {
				lastFocus = { start: target.selectionStart, end: target.selectionEnd };
			});
		}

		function say(message, failed) {
			status.textContent = message;
			status.classList.toggle('photo-picker__status--error', Boolean(failed));
		}

		function insert(photo) {
			if (!target) {
				say('There is no body field here: copy this markdown instead: ' + photo.snippet, true);
				return;
			}
			if (lastFocus && document.activeElement !== target) {
				target.setSelectionRange(lastFocus.start, lastFocus.end);
			}
			insertAtCursor(target, photo.snippet);
			lastFocus = { start: target.selectionStart, end: target.selectionEnd };
			say('Inserted ' + photo.name + ' into the body.', false);
		}

		function showRecent(photos) {
			recent.textContent = '';
			photos.forEach(function (photo) {
				var item = document.createElement('li');
				var choose = document.createElement('button');
				choose.type = 'button';
				choose.className = 'photo-picker__choice';
				var image = document.createElement('img');
				image.src = photo.thumbnailUrl;
				image.alt = '';
				image.width = 96;
				image.height = Math.max(1, Math.round(96 * photo.height / photo.width));
				image.loading = 'lazy';
				var label = document.createElement('span');
				label.textContent = photo.caption || photo.alt || photo.name;
				choose.appendChild(image);
				choose.appendChild(label);
				choose.setAttribute('aria-label', 'Insert ' + (photo.alt || photo.name));
				choose.addEventListener('click', function () {
					insert(photo);
				});
				item.appendChild(choose);
				recent.appendChild(item);
			});
		}

		function unexpected(response) {
			var type = response.headers.get('Content-Type') || '';
			return response.redirected || type.indexOf('application/json') < 0;
		}

		var loaded = [];
		fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
			.then(function (response) {
				if (!response.ok || unexpected(response)) {
					throw new Error('not loaded');
				}
				return response.json();
			})
			.then(function (library) {
				maxBytes = library.maxUploadBytes;
				maxText = library.maxUploadSize;
				loaded = library.photos;
				showRecent(loaded);
			})
			.catch(function () {
				say('Recent photos could not be loaded; uploading still works.', true);
			});

		button.addEventListener('click', function () {
			var chosen = file.files && file.files[0];
			if (!chosen) {
				say('Choose a photo to upload.', true);
				file.focus();
				return;
			}
			if (!alt.value.trim()) {
				say('Describe the photo for readers who cannot see it (alt text).', true);
				alt.focus();
				return;
			}
			if (maxBytes && chosen.size > maxBytes) {
				say('“' + chosen.name + '” is larger than the ' + maxText + ' a photo may be.', true);
				return;
			}
			var token = csrf();
			var body = new FormData();
			body.append('file', chosen);
			body.append('alt', alt.value);
			body.append('caption', caption.value);
			body.append('credit', credit.value);
			var headers = { Accept: 'application/json' };
			if (token && token.header) {
				headers[token.header] = token.token;
			}
			else if (token) {
				body.append(token.field, token.token);
			}
			button.disabled = true;
			say('Uploading ' + chosen.name + '…', false);
			fetch(url, { method: 'POST', body: body, headers: headers, credentials: 'same-origin' })
				.then(function (response) {
					if (response.status === 413) {
						throw new Error('“' + chosen.name + '” is larger than the ' + (maxText || 'size') + ' a photo may be.');
					}
					if (response.status === 403 || unexpected(response)) {
						throw new Error('Your session has expired or the page is stale: sign in again in another tab, then retry. Nothing you typed is lost.');
					}
					return response.json().then(function (answer) {
						if (!response.ok) {
							throw new Error(answer.error || 'The photo was refused.');
						}
						return answer;
					});
				})
				.then(function (photo) {
					insert(photo);
					file.value = '';
					alt.value = '';
					caption.value = '';
					credit.value = '';
					loaded = [photo].concat(loaded.filter(function (p) {
						return p.name !== photo.name;
					})).slice(0, 12);
					showRecent(loaded);
				})
				.catch(function (error) {
					say(error instanceof TypeError ? 'The upload did not reach the server: check the connection and try again.'
						: (error.message || 'The upload failed: try again.'), true);
				})
				.then(function () {
					button.disabled = false;
				});
		});
	}

	function start() {
		copyButtons();
		document.querySelectorAll('[data-photo-picker]').forEach(picker);
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
})();
