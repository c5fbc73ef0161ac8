import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { applyLocale, i18n } from '@/shared/plugins/i18n'
import * as rulesApi from '@/modules/permit/api/rules'
import type { Classification } from '@/modules/permit/api/types/rules'
import PreCheckPage from '@/modules/permit/pages/pre-check/index.vue'
import { emptyPreCheck, factGroups, toClassifyRequest, validityParts } from '@/modules/permit/utils/facts'
import { actionsFor, canConfirmMeasures } from '@/modules/permit/utils/actions'
import { preCheckOf } from '@/modules/permit/utils/facts'
import { workersText } from '@/modules/permit/utils/records'
import { linkableTypes } from '@/modules/permit/utils/links'
import { statusTone } from '@/modules/permit/utils/actions'
import { toPixel } from '@/shared/utils/plan'

function classification(overrides: Partial<Classification> = {}): Classification {
  return {
    type: 'HOT_WORK',
    grade: 'SPECIAL',
    baseGrade: 'LEVEL_1',
    upgradeReasons: [{ code: 'UPGRADE_NIGHT', clause: '5.1.1', message: '作业时间进入夜间（20:00—06:00），动火作业升级管理' }],
    permitRequired: true,
    exemption: null,
    maxValidityMinutes: 480,
    approverRole: 'RESPONSIBLE_LEADER',
    gasAnalysisRequired: true,
    weatherStop: null,
    violations: [],
    ...overrides
  }
}

describe('special-work pre-check facts', () => {
  it('send only the facts of the chosen type', () => {
    const model = { ...emptyPreCheck(), heightMetres: 12, loadTonnes: 50, fireExplosionArea: true, onPipeRack: true }
    expect(toClassifyRequest({ ...model, type: 'HEIGHT' })).toEqual({
      type: 'HEIGHT',
      outdoor: false,
      weather: [],
      heightMetres: 12,
      hazardFactors: [],
      heightConditions: []
    })
    expect(toClassifyRequest({ ...model, type: 'HOT_WORK' })).toMatchObject({ fireExplosionArea: true, onPipeRack: true })
    expect(toClassifyRequest({ ...model, type: 'HOT_WORK' })).not.toHaveProperty('loadTonnes')
    expect(toClassifyRequest({ ...model, type: 'LIFTING' })).toEqual({ type: 'LIFTING', outdoor: false, weather: [], loadTonnes: 50 })
    expect(factGroups('TEMPORARY_POWER')).toMatchObject({ area: true, power: true, hotWork: false })
  })

  it('show a validity in days when it is whole days, else in hours', () => {
    expect(validityParts(480)).toEqual({ value: 8, unit: 'hours' })
    expect(validityParts(4320)).toEqual({ value: 3, unit: 'days' })
    expect(validityParts(90)).toEqual({ value: 1.5, unit: 'hours' })
  })
})

describe('special-work pre-check page', () => {
  it('shows the grade, why it was raised, the validity and the approver', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    applyLocale('zh-CN')
    const classify = vi.spyOn(rulesApi, 'classifyWork').mockResolvedValue(classification())
    const wrapper = mount(PreCheckPage, { global: { plugins: [pinia, i18n] } })

    await wrapper.get('[data-testid="pre-check-submit"]').trigger('submit')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(classify).toHaveBeenCalledWith(expect.objectContaining({ type: 'HOT_WORK', fireExplosionArea: false }))
    expect(wrapper.get('[data-testid="pre-check-grade"]').text()).toBe('特级')
    expect(wrapper.get('[data-testid="pre-check-validity"]').text()).toBe('8 小时')
    expect(wrapper.get('[data-testid="pre-check-reasons"]').text()).toContain('动火作业升级管理（第 5.1.1 条）')
    expect(wrapper.text()).toContain('主管领导')
    expect(wrapper.find('[data-testid="pre-check-weather-stop"]').exists()).toBe(false)
  })

  it('says when the weather stops the work', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    applyLocale('zh-CN')
    vi.spyOn(rulesApi, 'classifyWork').mockResolvedValue(
      classification({ weatherStop: { code: 'HOT_WORK_WIND_STOP', clause: '5.2.15', message: '五级以上风（当前6级）禁止露天动火作业' } })
    )
    const wrapper = mount(PreCheckPage, { global: { plugins: [pinia, i18n] } })
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[data-testid="pre-check-weather-stop"]').text()).toContain('禁止作业：五级以上风（当前6级）禁止露天动火作业（第 5.2.15 条）')
  })
})

describe('permit steps and links', () => {
  it('offers the safety-measure checklist before the work and while it is suspended, never once it ran out', () => {
    expect(['APPLIED', 'APPROVED', 'SUSPENDED'].every((status) => canConfirmMeasures(status as never))).toBe(true)
    expect(['IN_PROGRESS', 'COMPLETED', 'CLOSED', 'CANCELLED', 'EXPIRED'].some((status) => canConfirmMeasures(status as never))).toBe(false)
    expect(actionsFor('EXPIRED')).toEqual([])
  })

  it('fills the pre-check form from a draft: the facts it has, the defaults for the rest', () => {
    const model = preCheckOf({ type: 'HEIGHT', heightMetres: 12, hazardFactors: ['GUST_WIND'], outdoor: null })
    expect(model.type).toBe('HEIGHT')
    expect(model.heightMetres).toBe(12)
    expect(model.hazardFactors).toEqual(['GUST_WIND'])
    expect(model.outdoor).toBe(false)
    expect(preCheckOf(undefined).type).toBe('HOT_WORK')
  })

  it('names the workers with the certificate their type asks for', () => {
    const application = { workers: [{ name: 'W1', certificateNumber: 'T-1' }, { name: 'W2' }] }
    expect(workersText(application, ', ')).toBe('W1 (T-1), W2')
    expect(workersText({}, ', ')).toBe('')
  })

  it('lets the guardian take back a permit that allows work, and nothing after that', () => {
    expect(actionsFor('APPROVED')).toContain('revoke')
    expect(actionsFor('IN_PROGRESS')).toEqual(['suspend', 'complete', 'revoke'])
    expect(actionsFor('SUSPENDED')).toEqual(['resume', 'revoke'])
    expect(actionsFor('APPLIED')).not.toContain('revoke')
    expect(actionsFor('REVOKED')).toEqual([])
  })

  it('links hot work inside a confined space to a confined-space permit and temporary power to the work it supplies', () => {
    expect(linkableTypes('HOT_WORK', false)).toEqual([])
    expect(linkableTypes('HOT_WORK', true)).toEqual(['CONFINED_SPACE'])
    expect(linkableTypes('TEMPORARY_POWER', false)).toEqual(['HOT_WORK', 'CONFINED_SPACE'])
    expect(linkableTypes('HEIGHT', true)).toEqual([])
  })
})

describe('live board', () => {
  it('colours working permits green, waiting blue, paused orange, ended grey and lapsed red', () => {
    expect(statusTone('IN_PROGRESS')).toBe('success')
    expect(statusTone('APPLIED')).toBe('primary')
    expect(statusTone('APPROVED')).toBe('primary')
    expect(statusTone('SUSPENDED')).toBe('warning')
    expect(statusTone('COMPLETED')).toBe('info')
    expect(statusTone('CLOSED')).toBe('info')
    expect(statusTone('CANCELLED')).toBe('danger')
    expect(statusTone('EXPIRED')).toBe('danger')
  })

  it('places a position in metres on the plan through its calibration', () => {
    // 0.25 m a pixel, north up, origin at the bottom-left corner of an 800 px high plan
    expect(toPixel([67.5, 137.5], { a: 4, b: 0, c: 0, d: 0, e: -4, f: 800 })).toEqual([270, 250])
  })
})
