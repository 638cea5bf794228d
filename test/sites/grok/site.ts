import type { FixtureSiteModule } from '../types';
import { grokBackend } from './backend';

export default {
  id: 'grok',
  hosts: ['grok.com'],
  createBackend: () => grokBackend(),
} satisfies FixtureSiteModule;
