import type { RelationType } from './schema';

type Phrases = { out: string; in: string };

/** How a relation reads from each end; {t} is the other entity. English and Arabic. */
export const RELATION_PHRASES: Record<'en' | 'ar', Record<RelationType, Phrases>> = {
  en: {
    invested_in: { out: 'invested in {t}', in: 'backed by {t}' },
    founded: { out: 'founded {t}', in: 'founded by {t}' },
    leads: { out: 'leads {t}', in: 'led by {t}' },
    works_at: { out: 'works at {t}', in: 'employs {t}' },
    formerly_at: { out: 'formerly at {t}', in: 'former home of {t}' },
    owns: { out: 'owns {t}', in: 'owned by {t}' },
    subsidiary_of: { out: 'part of {t}', in: 'parent of {t}' },
    made_by: { out: 'made by {t}', in: 'makes {t}' },
    partner_of: { out: 'partner of {t}', in: 'partner of {t}' },
    competitor_of: { out: 'competes with {t}', in: 'competes with {t}' },
    board_member_of: { out: 'on the board of {t}', in: 'board member: {t}' },
    acquired: { out: 'acquired {t}', in: 'acquired by {t}' },
  },
  ar: {
    invested_in: { out: 'استثمر في {t}', in: 'بدعم من {t}' },
    founded: { out: 'أسّس {t}', in: 'أسّسها {t}' },
    leads: { out: 'يقود {t}', in: 'بقيادة {t}' },
    works_at: { out: 'يعمل في {t}', in: 'يعمل فيها {t}' },
    formerly_at: { out: 'عمل سابقًا في {t}', in: 'عمل فيها سابقًا {t}' },
    owns: { out: 'يملك {t}', in: 'مملوكة لـ {t}' },
    subsidiary_of: { out: 'تابعة لـ {t}', in: 'تتبعها {t}' },
    made_by: { out: 'من إنتاج {t}', in: 'تنتج {t}' },
    partner_of: { out: 'شريك {t}', in: 'شريك {t}' },
    competitor_of: { out: 'ينافس {t}', in: 'ينافس {t}' },
    board_member_of: { out: 'عضو مجلس إدارة {t}', in: 'من أعضاء مجلس إدارتها {t}' },
    acquired: { out: 'استحوذ على {t}', in: 'استحوذت عليها {t}' },
  },
};
