import type { FixtureSiteModule } from '../types';
import { mistralBackend } from './backend';

export default {
  id: 'mistral',
  hosts: ['chat.mistral.ai'],
  createBackend: () => mistralBackend(),
} satisfies FixtureSiteModule;
