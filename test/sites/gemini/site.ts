import type { FixtureSiteModule } from '../types';
import { geminiBackend } from './backend';

export default {
  id: 'gemini',
  hosts: ['gemini.google.com'],
  createBackend: () => geminiBackend(),
} satisfies FixtureSiteModule;
