import type { FixtureSiteModule } from '../types';
import { claudeBackend } from './backend';

export default {
  id: 'claude',
  hosts: ['claude.ai'],
  createBackend: () => claudeBackend(),
} satisfies FixtureSiteModule;
