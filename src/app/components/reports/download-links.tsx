import { For } from 'solid-js';

/** Plain links to the server's files: the browser downloads them with the staff cookie. */
export function DownloadLinks(props: { label: string; links: { href: string; text: string }[] }) {
  return (
    <nav class="rpt-downloads no-print" aria-label={props.label} data-testid="report-downloads">
      <ul>
        <For each={props.links}>
          {(link) => (
            <li>
              <a class="button button--secondary" href={link.href} download="">
                {link.text}
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
