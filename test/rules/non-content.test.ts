import { describe, expect, it } from 'vitest'
import { cleanHtml, page, removedBy, storyParagraph } from '../rule-helpers.js'

describe('non-content', () => {
  it('removes scripts, styles and iframes', () => {
    const article = cleanHtml(
      page(
        `${storyParagraph}<script>var tracking = "pixel"</script><style>p{color:red}</style><iframe src="https://ads.example/"></iframe>`,
      ),
    )
    expect(article.removed.filter((removal) => removal.rule === 'non-content')).toHaveLength(3)
    expect(article.markdown).not.toContain('tracking')
    expect(article.markdown).not.toContain('color:red')
  })

  it('keeps text elements', () => {
    const article = cleanHtml(
      page(`${storyParagraph}<p>Code of conduct: <code>script</code> tags stay.</p>`),
    )
    expect(removedBy(article, 'non-content')).toEqual([])
    expect(article.text).toContain('Code of conduct: script tags stay.')
  })
})
