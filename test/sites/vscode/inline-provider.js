// The fixture's AI: a scripted inline-completion provider for Monaco (`languages.registerInlineCompletionsProvider`,
// the API VS Code extensions reach through `registerInlineCompletionItemProvider`). When the text before the cursor
// ends with a trigger, it answers after a short delay, as a completion service over the network would; Monaco then
// renders the ghost text and handles Tab, Escape and Ctrl+Right itself. Shared by the main page and the iframe.
/* global monaco */
window.fixtureSuggestions = [
  { trigger: 'function total(items) ', text: '{\n  return items.reduce((sum, x) => sum + x, 0);\n}' },
  { trigger: 'const greeting = ', text: "'hello world';" },
  { trigger: 'let count = ', text: 'items.length;' },
  { trigger: 'console.log(', text: "'total is', total(items));" },
  { trigger: 'const answer = ', text: '42;' },
];
window.fixtureShown = 0;

window.registerFixtureProvider = function registerFixtureProvider(delayMs) {
  monaco.languages.registerInlineCompletionsProvider({ pattern: '**' }, {
    provideInlineCompletions(model, position, _context, token) {
      const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const found = window.fixtureSuggestions.find((s) => before.endsWith(s.trigger));
      if (!found) return { items: [] };
      return new Promise((ok) => {
        const timer = setTimeout(() => {
          window.fixtureShown++;
          const at = new monaco.Range(position.lineNumber, position.column, position.lineNumber, position.column);
          ok({ items: [{ insertText: found.text, range: at }] });
        }, delayMs);
        token.onCancellationRequested(() => {
          clearTimeout(timer);
          ok({ items: [] });
        });
      });
    },
    disposeInlineCompletions() {},
  });
};
