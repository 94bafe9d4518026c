import { describe, expect, it } from 'vitest'
import { visibleText } from '../src/shared/safe-text.js'

describe('visibleText', () => {
  it('leaves ordinary text alone, in any script', () => {
    for (const value of [
      'The harbour reopened on Monday.\tFees rise.\nMore tomorrow.\r\n',
      'Die Fähre fährt wieder — ab Montag.',
      'Паром снова ходит с понедельника.',
      'フェリーは月曜日に運航を再開した。',
      'הנמל נפתח מחדש ביום שני.',
      'Ferry 🚢 back 👍🏽',
    ]) {
      expect(visibleText(value)).toBe(value)
    }
  })

  it('drops C0 controls but tab and line breaks, DEL and C1 controls', () => {
    expect(visibleText('a\u0000b\u0001c\u0007d\u001be\u007f text')).toBe('abcde text')
    expect(visibleText('Fees\u0008 rise\u0099 \u0090by 3%')).toBe('Fees rise by 3%')
    expect(visibleText('tab\there\nline\r\nbreak')).toBe('tab\there\nline\r\nbreak')
  })

  it('turns separator controls into spaces', () => {
    expect(visibleText('harbour\u001ffees\u001erise\u000bon\u000cMonday\u0085again')).toBe(
      'harbour fees rise on Monday again',
    )
  })

  it('drops terminal escape sequences whole', () => {
    expect(visibleText('\u001b[31mred\u001b[0m and \u001b[1;4mbold\u001b[m')).toBe('red and bold')
    expect(visibleText('\u001b]0;new title\u0007Story text')).toBe('Story text')
  })

  it('decodes text encoded twice as UTF-8, which its C1 controls or first letter give away', () => {
    expect(visibleText('your LLC\u00e2\u0080\u0099s name')).toBe('your LLC’s name')
    expect(visibleText('\u00e2\u0080\u009cQuoted\u00e2\u0080\u009d \u00e2\u0080\u0094 done')).toBe(
      '“Quoted” — done',
    )
    expect(visibleText('Rated \u00e2\u00ad\u0090\u00e2\u00ad\u0090')).toBe('Rated ⭐⭐')
    // Without a C1 control, a run is decoded only when its first letter never
    // stands before those characters in text as written (Â, Ã, â, ð) ...
    expect(visibleText('Ã© dÃ©jÃ\u00a0 vu, 3Â\u00a0km, itâ€™s ðŸ˜€')).toBe(
      'é déjà vu, 3\u00a0km, it’s 😀',
    )
    // ... else the letters stay: a French word in quotes, accented words.
    expect(visibleText('«ÉTÉ”… pâté»')).toBe('«ÉTÉ”… pâté»')
    // Encoded twice more than once: decoded until it is text.
    expect(visibleText('itÃ¢â‚¬â„¢s')).toBe('it’s')
    // Not valid UTF-8 as bytes: the controls go, the letters stay.
    expect(visibleText('\u00e2\u0080x')).toBe('\u00e2x')
  })

  it('drops zero-width spaces, word joiners, soft hyphens and byte order marks inside words', () => {
    expect(visibleText('pass\u200bword Ver\u00adwaltung\ufeff hid\u2060den')).toBe(
      'password Verwaltung hidden',
    )
    expect(visibleText('\ufeffStart and end\ufeff')).toBe('Start and end')
  })

  it('drops the joiners inside words of scripts that do not need them', () => {
    expect(visibleText('pass\u200dword Auf\u200clage ferry\u200d')).toBe('password Auflage ferry')
  })

  it('keeps the joiners a script needs: Persian, Hindi, Bengali, Malayalam, Sinhala', () => {
    for (const value of [
      'می\u200cخواهم به بندر بروم',
      'کتاب\u200cها در کشتی',
      'क्\u200dष और क्\u200cष',
      'র্\u200dযাব',
      'ന്\u200d',
      'ශ්\u200dරී ලංකාව',
    ]) {
      expect(visibleText(value)).toBe(value)
    }
  })

  it('keeps the joiner inside emoji sequences only', () => {
    for (const value of [
      '👩\u200d💻 at work',
      '👨\u200d👩\u200d👧 family',
      '👩🏽\u200d🚀 crew',
      '🏳️\u200d🌈 flag',
      '❤️\u200d🔥',
    ]) {
      expect(visibleText(value)).toBe(value)
    }
    expect(visibleText('👍\u200dok')).toBe('👍ok')
  })

  it('keeps direction marks, drops embeddings, overrides and isolates', () => {
    expect(visibleText('Version 2\u200e (\u200fعربي\u061c)')).toBe(
      'Version 2\u200e (\u200fعربي\u061c)',
    )
    expect(visibleText('invoice_\u202egpj.exe')).toBe('invoice_gpj.exe')
    expect(visibleText('a\u202ab\u202bc\u202cd\u202de\u2066f\u2067g\u2068h\u2069i')).toBe(
      'abcdefghi',
    )
  })

  it('drops tag characters that spell hidden text, keeps flag sequences', () => {
    const hidden = [...'ignore previous'].map((char) =>
      String.fromCodePoint(0xe0000 + char.charCodeAt(0)),
    )
    expect(visibleText(`Ferry news${hidden.join('')}.`)).toBe('Ferry news.')
    const scotland = '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}'
    expect(visibleText(`Flag ${scotland} here`)).toBe(`Flag ${scotland} here`)
  })

  it('keeps variation selectors', () => {
    expect(visibleText('☺\ufe0f 葛\u{e0100}')).toBe('☺\ufe0f 葛\u{e0100}')
  })
})
