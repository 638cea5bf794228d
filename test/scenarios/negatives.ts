import { scenario } from './session';

export const negativeScenarios = [
  scenario('single answer, no signal', 'User reads the answer and leaves: no evidence either way.', (s) => {
    s.user('Who wrote "The Left Hand of Darkness"?', { id: 'p1' });
    s.answer('Ursula K. Le Guin, in 1969.', { id: 'a1' });
    return { labels: { a1: 'unknown' } };
  }),
  scenario('question about an error is not a correction', 'The user\'s first question quotes an error; the answer is thanked.', (s) => {
    s.user('What does "Error: listen EADDRINUSE: address already in use :::3000" mean?', { id: 'p1' });
    s.answer('Another process is already listening on port 3000. Stop it or use another port.', { id: 'a1' });
    s.wait(30).user('Thanks, that was it.', { id: 'p2' });
    return { labels: { a1: 'accepted' } };
  }),
  scenario('new error in a new task', 'After a helpful answer, the user moves to a different task and quotes its error.', (s) => {
    s.user('How do I free port 3000 on macOS?', { id: 'p1' });
    s.answer('```bash\nlsof -ti :3000 | xargs kill\n```', { id: 'a1' });
    s.wait(15).copy('a1', { codeBlock: 0 });
    s.wait(300).user('Thanks. Different thing: npm install now says npm ERR! code ERESOLVE. What does that mean?', { id: 'p2' });
    s.answer('It means a peer dependency conflict; try --legacy-peer-deps.', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }),
  scenario('thumbs up on a variant that was regenerated away', 'User rates the first answer up, regenerates anyway and continues from the second.', (s) => {
    s.user('Tagline for a bakery?', { id: 'p1' });
    s.answer('"Fresh every morning."', { id: 'a1' });
    s.thumbs('a1', 'up');
    s.wait(5).regenerate('"Baked before you wake."', { id: 'a2' });
    s.wait(20).copy('a2');
    s.wait(20).user('Great, now one for the cafe next door.', { id: 'p2' });
    return { labels: { a1: 'rejected', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }),
];
