// A deterministic stand-in for a model, shared by the fixture sites: answers depend on the prompt and on which
// variant (retry) is being generated, so regenerated answers differ like real ones do.
export function cannedAnswer(prompt: string, variant: number): string {
  const p = prompt.toLowerCase();
  if (p.includes('hostile')) {
    return `Here is the markup you asked about: <img src=x onerror="document.title='pwned'"> and <script>alert(1)</script> — shown as text.`;
  }
  if (p.includes('long answer')) {
    const para = 'This sentence is part of a deliberately long streamed answer used to measure capture overhead. ';
    return Array.from({ length: 200 }, (_, i) => `${i % 20 === 0 ? '\n\n' : ''}${para}`).join('').trim();
  }
  if (/python|function|code|reverse|sort/.test(p)) {
    const name = variant === 1 ? 'reverse_list' : variant === 2 ? 'reversed_copy' : `reverse_v${variant}`;
    const body = variant === 1 ? '    return items[::-1]' : variant === 2 ? '    return list(reversed(items))' : '    out = []\n    for x in items:\n        out.insert(0, x)\n    return out';
    return [
      variant === 1 ? 'You can reverse a list with slicing:' : `Here is another way (attempt ${variant}):`,
      '',
      '```python',
      `def ${name}(items):`,
      `    """Return a new list with the items in reverse order."""`,
      body,
      '```',
      '',
      variant === 1 ? 'Slicing with a step of `-1` creates a reversed copy.' : 'This keeps the original list unchanged.',
    ].join('\n');
  }
  const openers = ['Sure.', 'Of course!', 'Here is a different take.', 'Another answer:'];
  return `${openers[(variant - 1) % openers.length]} You asked: "${prompt.slice(0, 200)}". This is the fixture model's answer number ${variant}, with a second sentence so that it streams in several chunks.`;
}
