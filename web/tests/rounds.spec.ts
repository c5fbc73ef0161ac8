import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { ProblemError } from '@/shared/http'
import { randomUuid } from '@/shared/utils/uuid'
import type { InspectionRecordRequest, RoundOccurrence } from '@/modules/dualprevention/api/types/rounds'
import {
  flushOutbox,
  isTransient,
  memoryOutboxStore,
  type OutboxSender,
  type PendingPhoto,
  type PendingRecord
} from '@/modules/dualprevention/utils/outbox'
import { modelOf, unitRequest } from '@/modules/dualprevention/utils/register'
import { decodeQr } from '@/modules/dualprevention/utils/qrScan'
import { completionStatus, lastDays } from '@/modules/dualprevention/utils/effectiveness'
import { emptyInspectionRecordFilter, toInspectionRecordQuery } from '@/modules/dualprevention/utils/query'
import { calendarDays, checkable, emptyCheck, monthRange, occurrenceKey, roundState, toPendingRecord } from '@/modules/dualprevention/utils/rounds'

const OWNER = 'user-1'

function pending(clientId: string, checkTime: string, photos: number, owner = OWNER): PendingRecord {
  return {
    clientId,
    owner,
    label: `task ${clientId}`,
    request: { clientId, checkTaskId: 'task', windowStart: '2026-12-04T00:00:00Z', checkStatus: 'NORMAL', checkTime },
    photos: Array.from({ length: photos }, (_, index) => ({
      clientId: `${clientId}-photo-${index}`,
      name: `p${index}.png`,
      takenAt: checkTime,
      blob: new Blob([`photo ${index}`])
    }))
  }
}

const problem = (status: number, detail = 'refused'): ProblemError => new ProblemError({ detail, status }, status)

/** A server that records what it received and fails on the calls the test names (by running count). */
function server(fail: { photo?: Map<number, unknown>; record?: Map<number, unknown> } = {}) {
  const photos: PendingPhoto[] = []
  const records: InspectionRecordRequest[] = []
  let photoCalls = 0
  let recordCalls = 0
  const sender: OutboxSender = {
    uploadPhoto: (photo) => {
      const failure = fail.photo?.get(++photoCalls)
      if (failure) return Promise.reject(failure)
      photos.push(photo)
      return Promise.resolve(`id-${photo.clientId}`)
    },
    record: (request) => {
      const failure = fail.record?.get(++recordCalls)
      if (failure) return Promise.reject(failure)
      records.push(request)
      return Promise.resolve({})
    }
  }
  return { sender, photos, records }
}

describe('round outbox', () => {
  it('sends the photos, then the record naming them, oldest check first, and forgets what was sent', async () => {
    const store = memoryOutboxStore()
    await store.put(pending('b', '2026-12-04T02:00:00Z', 0))
    await store.put(pending('a', '2026-12-04T01:00:00Z', 2))
    const { sender, photos, records } = server()

    expect(await flushOutbox(store, sender, OWNER)).toEqual({ sent: 2, rejected: 0, interrupted: false })
    expect(photos.map((photo) => photo.clientId)).toEqual(['a-photo-0', 'a-photo-1'])
    expect(records.map((record) => record.clientId)).toEqual(['a', 'b'])
    expect(records[0]?.photos).toEqual(['id-a-photo-0', 'id-a-photo-1'])
    expect(await store.all()).toEqual([])
  })

  it("gives a hidden danger found the record's photos", async () => {
    const store = memoryOutboxStore()
    const record = pending('d', '2026-12-04T01:00:00Z', 1)
    record.request = {
      ...record.request,
      checkStatus: 'DANGER_FOUND',
      hiddenDanger: { dangerName: 'leak', dangerDesc: 'flange', dangerSrc: 1, hazardDangerType: 1 }
    }
    await store.put(record)
    const { sender, records } = server()
    await flushOutbox(store, sender, OWNER)
    expect(records[0]?.hiddenDanger?.dangerImg).toEqual(['id-d-photo-0'])
  })

  it('stops at a network failure, keeps what was uploaded, and resumes without sending anything twice', async () => {
    const store = memoryOutboxStore()
    await store.put(pending('a', '2026-12-04T01:00:00Z', 2))
    await store.put(pending('b', '2026-12-04T02:00:00Z', 0))
    const first = server({ photo: new Map([[2, problem(0)]]) })

    expect(await flushOutbox(store, first.sender, OWNER)).toEqual({ sent: 0, rejected: 0, interrupted: true })
    expect(first.photos.map((photo) => photo.clientId)).toEqual(['a-photo-0'])
    expect(first.records).toEqual([])
    const kept = await store.all()
    expect(kept).toHaveLength(2)
    expect(kept.find((record) => record.clientId === 'a')?.photos.map((photo) => photo.photoId)).toEqual(['id-a-photo-0', undefined])

    const second = server()
    expect(await flushOutbox(store, second.sender, OWNER)).toEqual({ sent: 2, rejected: 0, interrupted: false })
    expect(second.photos.map((photo) => photo.clientId)).toEqual(['a-photo-1'])
    expect(second.records[0]?.photos).toEqual(['id-a-photo-0', 'id-a-photo-1'])
  })

  it('keeps a refused record with the reason, sends the others, and does not send it again', async () => {
    const store = memoryOutboxStore()
    await store.put(pending('a', '2026-12-04T01:00:00Z', 0))
    await store.put(pending('b', '2026-12-04T02:00:00Z', 0))
    const refusing = new ProblemError({ detail: 'invalid', status: 400, errors: [{ field: 'checkTime', message: 'in the future', code: 'x' }] }, 400)
    const first = server({ record: new Map([[1, refusing]]) })

    expect(await flushOutbox(store, first.sender, OWNER)).toEqual({ sent: 1, rejected: 1, interrupted: false })
    const [refused] = await store.all()
    expect(refused?.clientId).toBe('a')
    expect(refused?.rejection).toBe('invalid; checkTime: in the future')

    const second = server()
    expect(await flushOutbox(store, second.sender, OWNER)).toEqual({ sent: 0, rejected: 0, interrupted: false })
    expect(second.records).toEqual([])
  })

  it("sends only the signed-in user's records", async () => {
    const store = memoryOutboxStore()
    await store.put(pending('mine', '2026-12-04T01:00:00Z', 0))
    await store.put(pending('theirs', '2026-12-04T01:00:00Z', 0, 'user-2'))
    const { sender, records } = server()
    await flushOutbox(store, sender, OWNER)
    expect(records.map((record) => record.clientId)).toEqual(['mine'])
    expect((await store.all()).map((record) => record.clientId)).toEqual(['theirs'])
  })

  it('waits on no answer, an expired session, throttling and server errors, and takes other refusals as final', () => {
    for (const status of [0, 401, 408, 429, 500, 503]) expect(isTransient(problem(status)), String(status)).toBe(true)
    for (const status of [400, 403, 404, 409, 413, 415, 422]) expect(isTransient(problem(status)), String(status)).toBe(false)
    expect(isTransient(new TypeError('Failed to fetch'))).toBe(true)
  })
})

const occurrence: RoundOccurrence = {
  checkTaskId: 'task-1',
  enterpriseId: 'e',
  riskMeasureId: 'm',
  troubleshootContent: 'check the flange',
  workType: 0,
  occurrence: { start: '2026-12-04T00:00:00Z', end: '2026-12-04T08:00:00Z', workDay: '2026-12-04', state: 'DUE' }
}

describe('round checks', () => {
  it('keeps a check with fresh ids, the phone time, and only the filled fields', () => {
    const now = new Date('2026-12-04T03:00:00Z')
    const record = toPendingRecord(occurrence, { ...emptyCheck(), comment: '  ' }, now)
    expect(record.request).toEqual({
      clientId: record.clientId,
      checkTaskId: 'task-1',
      windowStart: '2026-12-04T00:00:00Z',
      checkStatus: 'NORMAL',
      checkTime: '2026-12-04T03:00:00.000Z'
    })
    expect(record.label).toBe('check the flange')
    expect(record.clientId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('reports the hidden danger only with DANGER_FOUND, and dates photos by the camera unless its clock is ahead', () => {
    const now = new Date('2026-12-04T03:00:00Z')
    const taken = new File(['x'], 'a.jpg', { lastModified: Date.parse('2026-12-04T02:55:00Z') })
    const ahead = new File(['y'], 'b.jpg', { lastModified: Date.parse('2026-12-05T00:00:00Z') })
    const model = { ...emptyCheck(), checkStatus: 'DANGER_FOUND' as const, photos: [taken, ahead], checkpointCode: ' CP-7 ' }
    model.danger = { ...model.danger, dangerName: ' leak ', dangerDesc: 'flange drips' }
    const record = toPendingRecord(occurrence, model, now)
    expect(record.request.hiddenDanger).toEqual({ dangerName: 'leak', dangerDesc: 'flange drips', dangerSrc: 1, hazardDangerType: 1 })
    expect(record.request.checkpointCode).toBe('CP-7')
    expect(record.photos.map((photo) => photo.takenAt)).toEqual(['2026-12-04T02:55:00.000Z', '2026-12-04T03:00:00.000Z'])
    expect(new Set(record.photos.map((photo) => photo.clientId)).size).toBe(2)

    const normal = toPendingRecord(occurrence, { ...model, checkStatus: 'NORMAL' }, now)
    expect(normal.request.hiddenDanger).toBeUndefined()
  })

  it('keeps plain data that IndexedDB can store, whatever the reactive form held', () => {
    const model = reactive({ ...emptyCheck(), location: { latitude: 34.95, longitude: 117.47 } })
    const record = toPendingRecord(occurrence, model, new Date('2026-12-04T03:00:00Z'))
    expect(() => structuredClone(record)).not.toThrow()
    expect(record.request.location).toEqual({ latitude: 34.95, longitude: 117.47 })
  })

  it('shows an occurrence waiting in the outbox as PENDING, and lets due and missed ones be checked', () => {
    const keys = new Set([occurrenceKey('task-1', '2026-12-04T00:00:00.000Z')])
    expect(roundState(occurrence, keys)).toBe('PENDING')
    expect(roundState(occurrence, new Set())).toBe('DUE')
    expect(roundState({ ...occurrence, occurrence: { ...occurrence.occurrence, state: 'DONE' } }, keys)).toBe('DONE')
    expect(['DUE', 'MISSED', 'UPCOMING', 'DONE', 'PENDING'].map((state) => checkable(state as never))).toEqual([true, true, false, false, false])
  })

  it('makes version 4 UUIDs without crypto.randomUUID', () => {
    const ids = new Set(Array.from({ length: 200 }, randomUuid))
    expect(ids.size).toBe(200)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})

describe('risk unit links', () => {
  it('sends the production unit a risk unit belongs to, and none when cleared', () => {
    const row = {
      id: 'u',
      enterpriseId: 'e',
      riskObjectId: 'o',
      riskUnitName: 'reactor',
      hazardUnitId: 'hu-1',
      areaId: null,
      hazardDep: null,
      hazardLiablePerson: null
    }
    const model = modelOf({ kind: 'unit', row })
    expect(model.hazardUnitId).toBe('hu-1')
    expect(unitRequest(model).hazardUnitId).toBe('hu-1')
    expect(unitRequest({ ...model, hazardUnitId: '' }).hazardUnitId).toBeNull()
  })
})

describe('inspection records filter', () => {
  it('asks for the plant days chosen, both included, and only the filled fields', () => {
    expect(toInspectionRecordQuery(emptyInspectionRecordFilter())).toEqual({})
    expect(toInspectionRecordQuery({ enterpriseId: 'e', checkStatus: 'DANGER_FOUND', days: ['2026-12-01', '2026-12-03'] })).toEqual({
      enterpriseId: 'e',
      checkStatus: 'DANGER_FOUND',
      from: '2026-11-30T16:00:00.000Z',
      to: '2026-12-03T16:00:00.000Z'
    })
  })
})

describe('effectiveness dashboard', () => {
  it('defaults to the last 30 plant days and colours completion by its rate', () => {
    expect(lastDays(new Date('2026-12-04T02:00:00Z'))).toEqual(['2026-11-05', '2026-12-04'])
    // 20:00 UTC is already the next day in the plant
    expect(lastDays(new Date('2026-12-04T20:00:00Z'), 1)).toEqual(['2026-12-05', '2026-12-05'])
    expect([null, 0, 59.9, 60, 89.9, 90, 100].map(completionStatus)).toEqual([
      'exception',
      'exception',
      'exception',
      'warning',
      'warning',
      'success',
      'success'
    ])
  })
})

describe('inspection calendar', () => {
  const round = (workDay: string, state: RoundOccurrence['occurrence']['state']): RoundOccurrence => ({
    ...occurrence,
    occurrence: { ...occurrence.occurrence, workDay, state }
  })

  it('groups occurrences by their plant day and counts each state', () => {
    const days = calendarDays([
      round('2026-12-01', 'DONE'),
      round('2026-12-01', 'MISSED'),
      round('2026-12-01', 'DONE'),
      round('2026-12-02', 'PAUSED')
    ])
    expect(days.get('2026-12-01')?.counts).toEqual({ DONE: 2, MISSED: 1 })
    expect(days.get('2026-12-01')?.occurrences).toHaveLength(3)
    expect(days.get('2026-12-02')?.counts).toEqual({ PAUSED: 1 })
    expect(days.has('2026-12-03')).toBe(false)
  })

  it("asks for the plant's month around the day, across a year's end", () => {
    expect(monthRange(new Date('2026-12-04T02:00:00Z'))).toEqual({ from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' })
    // 1 January 00:30 in the plant is still 31 December in UTC
    expect(monthRange(new Date('2026-12-31T16:30:00Z'))).toEqual({ from: '2026-12-31T16:00:00.000Z', to: '2027-01-31T16:00:00.000Z' })
  })
})

describe('checkpoint QR codes', () => {
  /** "CP-TANK-EAST-03" as a version 1 QR code (made with ZXing), one character a module. */
  const MATRIX = [
    '#######.....#.#######',
    '#.....#...#.#.#.....#',
    '#.###.#...###.#.###.#',
    '#.###.#.#.#.#.#.###.#',
    '#.###.#.##..#.#.###.#',
    '#.....#..#.#..#.....#',
    '#######.#.#.#.#######',
    '.....................',
    '##...###...#....##...',
    '.#.##..#...##.#..#.##',
    '#######.#.#.##.##..#.',
    '###.#..#.#.##......##',
    '..###.##..###..###.##',
    '........#...###..##.#',
    '#######.#.##...##.#.#',
    '#.....#.#.#..#...###.',
    '#.###.#..#.#.#.###.#.',
    '#.###.#..#..##..###..',
    '#.###.#..#.####.##.##',
    '#.....#.##..#..#.##.#',
    '#######.#.#.###.###..'
  ]

  /** RGBA pixels of the matrix at `scale` pixels a module with a 4-module white quiet zone. */
  function pixels(scale: number): { data: Uint8ClampedArray; size: number } {
    const size = (MATRIX.length + 8) * scale
    const data = new Uint8ClampedArray(size * size * 4).fill(255)
    MATRIX.forEach((row, y) =>
      [...row].forEach((cell, x) => {
        if (cell !== '#') return
        for (let dy = 0; dy < scale; dy++) {
          for (let dx = 0; dx < scale; dx++) {
            const at = (((y + 4) * scale + dy) * size + (x + 4) * scale + dx) * 4
            data.fill(0, at, at + 3)
          }
        }
      })
    )
    return { data, size }
  }

  it('reads the code of a checkpoint label, and nothing from a blank photo', () => {
    const { data, size } = pixels(6)
    expect(decodeQr(data, size, size)).toBe('CP-TANK-EAST-03')
    const blank = new Uint8ClampedArray(size * size * 4).fill(255)
    expect(decodeQr(blank, size, size)).toBeNull()
  })
})

describe('task assignment', () => {
  it('keeps a task assigned to its person or its post when edited, never both', async () => {
    const { taskRequest, emptyNodeModel } = await import('@/modules/dualprevention/utils/register')
    const model = { ...emptyNodeModel(), troubleshootContent: 'tank round', assigneeId: 'u1', assigneeRole: 'OPERATOR' }
    expect(taskRequest(model)).toMatchObject({ assigneeId: 'u1', assigneeRole: null })
    expect(taskRequest({ ...model, assigneeId: '' })).toMatchObject({ assigneeId: null, assigneeRole: 'OPERATOR' })
    expect(taskRequest({ ...model, assigneeId: '', assigneeRole: '' })).toMatchObject({ assigneeId: null, assigneeRole: null })
  })
})
