import { describe, expect, it } from 'vitest'
import { beepsFor, MAX_BANNERS, noticeTarget, parseNotice, withNotice, type Notice } from '@/shared/utils/notices'

function notice(id: string, severity: Notice['severity'] = 'MAJOR'): Notice {
  return {
    id,
    enterpriseId: 'e1',
    kind: 'ESCALATED',
    alarmId: 'a1',
    severity,
    colour: 'ORANGE',
    subject: '报警升级｜橙色报警',
    body: '超过 5 分钟未确认',
    at: '2026-12-04T01:00:00Z'
  }
}

describe('alarm banner', () => {
  it('reads a notice event and drops anything else', () => {
    expect(parseNotice(JSON.stringify(notice('n1')))?.id).toBe('n1')
    expect(parseNotice('not json')).toBeNull()
    expect(parseNotice('null')).toBeNull()
    expect(parseNotice(JSON.stringify({ ...notice('n1'), severity: 'LOUD' }))).toBeNull()
    expect(parseNotice(JSON.stringify({ id: 'n1' }))).toBeNull()
  })

  it('shows the newest first, each notice once, and at most a few', () => {
    let banners: Notice[] = []
    for (let i = 1; i <= MAX_BANNERS + 2; i++) banners = withNotice(banners, notice(`n${i}`))
    expect(banners.map((b) => b.id)).toEqual(['n7', 'n6', 'n5', 'n4', 'n3'])
    expect(withNotice(banners, notice('n5')).map((b) => b.id)).toEqual(['n5', 'n7', 'n6', 'n4', 'n3'])
  })

  it('sounds more often the more severe the alarm', () => {
    expect([beepsFor('CRITICAL'), beepsFor('MAJOR'), beepsFor('MINOR'), beepsFor('WARNING')]).toEqual([3, 2, 1, 1])
  })
})

describe('notice listeners', () => {
  it('hands each notice to every listener until it unsubscribes, past a failing one', async () => {
    const { announceNotice, onNotice } = await import('@/shared/utils/notices')
    const seen: string[] = []
    const stopFailing = onNotice(() => {
      throw new Error('a broken page')
    })
    const stop = onNotice((received) => seen.push(received.id))
    announceNotice(notice('n1'))
    stop()
    announceNotice(notice('n2'))
    stopFailing()
    expect(seen).toEqual(['n1'])
  })
})

describe('notice targets', () => {
  it('opens an alarm on the console, the rounds of a rounds notice, and nothing else', () => {
    expect(noticeTarget({ alarmId: 'a1', kind: 'RAISED' })).toEqual({ path: '/alarms/console', query: { alarm: 'a1' } })
    expect(noticeTarget({ alarmId: null, kind: 'ROUNDS' })).toEqual({ path: '/inspection-rounds' })
    expect(noticeTarget({ alarmId: null, kind: 'FLOOD' })).toBeNull()
  })
})
