import type { FixtureSiteModule } from '../types';
import { valtownBackend } from './backend';

export default {
  id: 'valtown',
  hosts: ['www.val.town'],
  createBackend: () => valtownBackend(),
} satisfies FixtureSiteModule;
