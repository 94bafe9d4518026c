import { shownPhrasingTags } from './safe-tree.js'

/** A rule that fired, as the report's legend and style name it. */
export interface LegendRule {
  /** The rule id. */
  id: string
  /** What the rule removes, when it is a known rule. */
  description: string | null
  /** How many removals it made. */
  count: number
  /** Its class (`u-r3`) and the id of its toggle (`u-t3`) share the number. */
  number: number
  /** Hue of its colour, in degrees. */
  hue: number
}

/** The golden angle: hues taken one after another by it stay far apart. */
const goldenAngle = 137.508

/** The hue of the rule at `index` in the list of rules. */
export function hueOf(index: number): number {
  return Math.round((index * goldenAngle + 200) % 360)
}

/**
 * The report's style sheet. The toggles are CSS alone: each rule's checkbox
 * and each view's radio button stands before the legend and the panes, and
 * sibling selectors hide a rule's marks or a pane, so the report needs no
 * script at all.
 */
export function reportStyle(legend: readonly LegendRule[]): string {
  const perRule = legend.map(({ number, hue }) => {
    const toggle = `#u-t${number}`
    const rule = `.u-r${number}`
    return [
      `${rule}{--u-c:hsl(${hue} 75% 34%);--u-bg:hsl(${hue} 90% 50% / .14)}`,
      `${toggle}:not(:checked)~.u-main ${rule}{outline:none;background:none}`,
      `${toggle}:not(:checked)~.u-main ${rule}::before{display:none}`,
      `${toggle}:not(:checked)~.u-nav label[for=u-t${number}]{opacity:.55;text-decoration:line-through}`,
      `${toggle}:focus-visible~.u-nav label[for=u-t${number}]{outline:2px solid #222;outline-offset:2px}`,
    ].join('\n')
  })
  return `${baseStyle}\n${perRule.join('\n')}\n`
}

/** Marks on these are inline: their label and reason go in the line. */
const inlineTags = shownPhrasingTags.join(',')

/**
 * The style that does not depend on the rules. Marks stay inside their
 * element's box (an inset outline, the label and the reason in the flow), so
 * blocks can skip the layout of what is off screen (`content-visibility`):
 * the report of a page of megabytes opens fast.
 */
const baseStyle = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fff}
.u-top{padding:12px 20px;border-bottom:1px solid #ddd;background:#f6f6f6}
.u-top h1{font-size:18px;margin:0 0 4px}
.u-top p{margin:0;color:#444}
.u-toggle{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.u-nav{padding:10px 20px;border-bottom:1px solid #ddd}
.u-nav h2{font-size:14px;margin:0 0 6px}
.u-legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin:0;padding:0;list-style:none}
.u-legend label{cursor:pointer;display:inline-flex;gap:6px;align-items:baseline}
.u-swatch{display:inline-block;width:12px;height:12px;border:2px solid var(--u-c);background:var(--u-bg)}
.u-count{color:#555}
.u-views{margin:8px 0 0;display:flex;gap:12px}
.u-views label{cursor:pointer;border-bottom:2px solid transparent}
#u-v-both:checked~.u-nav label[for=u-v-both],#u-v-input:checked~.u-nav label[for=u-v-input],#u-v-result:checked~.u-nav label[for=u-v-result]{border-bottom-color:#222;font-weight:600}
#u-v-both:focus-visible~.u-nav label[for=u-v-both],#u-v-input:focus-visible~.u-nav label[for=u-v-input],#u-v-result:focus-visible~.u-nav label[for=u-v-result]{outline:2px solid #222}
.u-unplaced{margin:10px 0 0;font-size:13px}
.u-unplaced ul{margin:4px 0 0;padding-left:20px}
.u-chip{display:inline-block;padding:0 5px;color:#fff;background:var(--u-c);font:12px/1.5 ui-monospace,monospace}
.u-main{display:grid;grid-template-columns:1fr 1fr;gap:0}
#u-v-input:checked~.u-main,#u-v-result:checked~.u-main{grid-template-columns:1fr}
#u-v-input:checked~.u-main .u-result,#u-v-result:checked~.u-main .u-input{display:none}
.u-main>section{min-width:0;padding:12px 20px 40px}
.u-main>section+section{border-left:1px solid #ddd}
.u-main h2.u-pane{font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:#555;margin:0 0 10px}
.u-page{overflow-wrap:anywhere}
.u-page a,.u-clean a{color:#1a4fb0;text-decoration:underline}
.u-page img,.u-clean img{display:none}
.u-page table,.u-clean table{border-collapse:collapse}
.u-page td,.u-page th,.u-clean td,.u-clean th{border:1px solid #ccc;padding:2px 6px}
.u-lines{white-space:pre-wrap;font:13px/1.55 ui-monospace,monospace;overflow-wrap:anywhere}
[data-unscrape-stand-in]{display:inline-block;border:1px dashed #999;padding:0 6px;margin:1px;color:#555;font:12px/1.6 ui-monospace,monospace;background:#fafafa}
.u-page>*,.u-lines>*,.u-clean>*,.u-page :is(div,section,article,aside,nav,header,footer,main,form,p,pre,blockquote,table,figure,ul,ol,dl,h1,h2,h3,h4,h5,h6),.u-clean :is(p,pre,blockquote,table,ul,ol){content-visibility:auto;contain-intrinsic-size:auto 3em}
.u-mark{outline:2px solid var(--u-c);outline-offset:-2px;background:var(--u-bg);-webkit-box-decoration-break:clone;box-decoration-break:clone}
.u-mark::before{content:attr(data-rule);display:block;width:fit-content;margin:0 0 2px;padding:0 5px;color:#fff;background:var(--u-c);font:11px/1.5 ui-monospace,monospace;white-space:nowrap}
:is(${inlineTags}).u-mark{outline-offset:1px}
:is(${inlineTags}).u-mark::before{display:inline;margin:0 4px 0 0}
tr.u-mark{position:relative}
tr.u-mark::before{position:absolute;left:0;top:0}
.u-mark:focus{outline-width:3px}
.u-mark:focus::after{content:attr(data-reason);display:block;width:fit-content;padding:2px 6px;color:#fff;background:#222;font:12px/1.4 system-ui,sans-serif;white-space:normal}
:is(${inlineTags}).u-mark:focus::after{display:inline;margin-left:4px}
.u-markdown{margin-top:24px}
.u-markdown pre{white-space:pre-wrap;font:12px/1.5 ui-monospace,monospace;background:#f6f6f6;padding:8px}
@media (max-width:800px){.u-main{grid-template-columns:1fr}.u-main>section+section{border-left:0;border-top:1px solid #ddd}}
`
