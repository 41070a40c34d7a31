import type { Deps } from '../../domain/deps';
import { createPlan } from '../../domain/plans/create-plan';
import { derivePlan } from '../../domain/plans/derive-plan';
import { acknowledgePlan } from '../../domain/plans/acknowledge-plan';
import { issuePlan } from '../../domain/plans/issue-plan';
import { submitPlan } from '../../domain/plans/plan-transitions';
import { updatePlan } from '../../domain/plans/update-plan';
import { actorOf, unitId as id, type DemoIds } from './demo-actors';
import { CITY_PLAN_124, WARD_PLAN_51 } from './demo-plans.data';
import { VP_PLAN_1354 } from './demo-plans-quangnam.data';

/**
 * The cascade of the seed documents, played through the real use cases: TP Cẩm Phả drafts,
 * submits and issues 124/KH-UBND; phường Cẩm Bình derives 51/KH-UBND from it, fills in the
 * seed's text, and its leader issues it (its third line reaches the MTTQ and every khu phố).
 * Then the Văn phòng UBND tỉnh Quảng Nam's 1354/KH-VPUBND. Tasks and notifications follow as in
 * real use.
 */
export async function seedDemoPlans(deps: Omit<Deps, 'mailer'>, units: DemoIds): Promise<void> {
  const full = { ...deps, mailer: null };
  const campha = await actorOf(deps, 'campha');
  const admin = await actorOf(deps, 'admin');
  const city = await createPlan(full, campha, {
    unitId: id(units, 'campha'),
    content: CITY_PLAN_124({ ttvh: id(units, 'campha-ttvh'), cambinh: id(units, 'cambinh') }),
  });
  await submitPlan(full, campha, city.id);
  await issuePlan(full, admin, city.id, { number: 124, issuedOn: '2022-04-05' });

  const cambinh = await actorOf(deps, 'cambinh');
  const leader = await actorOf(deps, 'lanhdao.cambinh');
  const draft = await derivePlan(full, cambinh, city.id, {});
  const filled = await updatePlan(full, cambinh, draft.id, {
    version: draft.version,
    content: WARD_PLAN_51({
      campha: id(units, 'campha'),
      vhxh: id(units, 'cambinh-vhxh'),
      mttq: id(units, 'cambinh-mttq'),
    }),
  });
  await submitPlan(full, cambinh, filled.id);
  await issuePlan(full, leader, filled.id, { number: 51, issuedOn: '2022-04-06' });
  await seedQuangNamPlan(deps, units);
}

/**
 * Seed 001: the Văn phòng UBND tỉnh Quảng Nam drafts 1354/KH-VPUBND, an officer submits it and a
 * leader of the Văn phòng issues it as of 14/9/2020; each department and đoàn thể gets its task.
 * The Phòng Hành chính – Tổ chức confirms receipt the next day, the others have not yet, so the
 * Văn phòng sees who has; that date is sample data (the document says nothing of receipts).
 */
export async function seedQuangNamPlan(deps: Omit<Deps, 'mailer'>, units: DemoIds): Promise<void> {
  const full = { ...deps, mailer: null };
  const officer = await actorOf(deps, 'vpubnd.quangnam');
  const leader = await actorOf(deps, 'lanhdao.vpubnd');
  const draft = await createPlan(full, officer, {
    unitId: id(units, 'quangnam-vp'),
    content: VP_PLAN_1354({
      vp: id(units, 'quangnam-vp'),
      hctc: id(units, 'quangnam-hctc'),
      cd: id(units, 'quangnam-cd'),
      doan: id(units, 'quangnam-doan'),
      bchqs: id(units, 'quangnam-bchqs'),
      web: id(units, 'quangnam-web'),
    }),
  });
  await submitPlan(full, officer, draft.id);
  await issuePlan(full, leader, draft.id, { number: 1354, issuedOn: '2020-09-14' });
  const hctc = await actorOf(deps, 'hctc.quangnam');
  const nextDay = { ...deps, clock: { now: () => new Date('2020-09-15T08:30:00+07:00') } };
  await acknowledgePlan(nextDay, hctc, draft.id, {});
}
