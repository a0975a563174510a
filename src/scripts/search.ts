/**
 * Loads Pagefind's component UI the first time search is opened, then opens its modal. Nothing here
 * fetches search assets until the reader asks for search.
 */
interface PagefindModalElement extends HTMLElement {
  open(): void;
}

let modalPromise: Promise<PagefindModalElement> | undefined;

function loadModal(bundle: string): Promise<PagefindModalElement> {
  modalPromise ??= new Promise((resolve, reject) => {
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = `${bundle}pagefind-component-ui.css`;
    document.head.append(css);
    const script = document.createElement("script");
    script.type = "module";
    script.src = `${bundle}pagefind-component-ui.js`;
    script.onerror = () => reject(new Error("The search index could not be loaded."));
    document.head.append(script);
    const modal = document.createElement("pagefind-modal") as PagefindModalElement;
    document.body.append(modal);
    customElements.whenDefined("pagefind-modal").then(() => resolve(modal), reject);
  });
  return modalPromise;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function installSearchTriggers(): void {
  const trigger = document.querySelector<HTMLAnchorElement>("[data-search-open]");
  if (!trigger) return;
  const bundle = trigger.dataset["pagefindBase"] ?? "/pagefind/";
  const open = async () => {
    try {
      (await loadModal(bundle)).open();
    } catch {
      window.location.href = trigger.href;
    }
  };
  trigger.addEventListener("click", (event) => {
    event.preventDefault();
    void open();
  });
  document.addEventListener("keydown", (event) => {
    const shortcut = (event.key === "k" && (event.metaKey || event.ctrlKey)) || (event.key === "/" && !isTyping(event.target));
    if (!shortcut) return;
    event.preventDefault();
    void open();
  });
}
