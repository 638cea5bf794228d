import type { FixtureSiteModule } from '../types';
import { githubCopilotBackend } from './backend';

// github.com is one host for the whole of GitHub; the fixture serves only the Copilot chat pages' needs. The chat
// API lives on another origin, as on the real site (cross-origin fetches with CORS).
export default {
  id: 'github-copilot',
  hosts: ['github.com', 'api.individual.githubcopilot.com'],
  createBackend: () => githubCopilotBackend(),
} satisfies FixtureSiteModule;
