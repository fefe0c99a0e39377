/**
 * The page's only script, inlined: one tooltip for every highlight, shown on focus as well as on hover so that
 * the keyboard reaches it, and tied to the highlight with aria-describedby. It reads `data-note` as text
 * (textContent), so nothing in a note can become markup. Without script the side list still says it all.
 */
export const SCRIPT = `(() => {
  const tip = document.getElementById('tip');
  let owner = null;
  const hide = () => {
    if (!owner) return;
    owner.removeAttribute('aria-describedby');
    owner = null;
    tip.hidden = true;
  };
  const show = (el) => {
    if (owner === el) return;
    hide();
    owner = el;
    tip.textContent = el.getAttribute('data-note');
    tip.hidden = false;
    el.setAttribute('aria-describedby', 'tip');
    // The first line box of a highlight that wraps, kept inside the window.
    const box = el.getClientRects()[0] || el.getBoundingClientRect();
    const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - tip.offsetWidth - 8));
    const above = box.top - tip.offsetHeight - 6;
    const top = box.bottom + 6 + tip.offsetHeight > window.innerHeight && above > 0 ? above : box.bottom + 6;
    tip.style.left = left + window.scrollX + 'px';
    tip.style.top = top + window.scrollY + 'px';
  };
  const noted = (event) => (event.target instanceof Element ? event.target.closest('[data-note]') : null);
  document.addEventListener('focusin', (event) => {
    const el = noted(event);
    if (el) show(el);
    else hide();
  });
  document.addEventListener('focusout', (event) => {
    if (event.target === owner) hide();
  });
  document.addEventListener('mouseover', (event) => {
    const el = noted(event);
    if (el) show(el);
  });
  document.addEventListener('mouseout', (event) => {
    if (owner && event.target === owner && !owner.contains(event.relatedTarget)) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
})();`;
