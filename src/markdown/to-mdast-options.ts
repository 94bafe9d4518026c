import type { Options as ToMdastOptions } from 'rehype-remark'

/**
 * How the clean HTML tree becomes a Markdown tree (rehype-remark).
 *
 * `<base>` is ignored: links and images keep their addresses as written.
 * Resolving against it would throw on pages whose `<base href>` is not an
 * absolute URL (`<base href="/">`, which real pages have), and would make
 * `Article.images` disagree with the page.
 */
export const toMdastOptions: Readonly<ToMdastOptions> = {
  handlers: {
    base() {
      return undefined
    },
  },
}
