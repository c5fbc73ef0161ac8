import { beepsFor, type Notice } from './notices'

let audio: AudioContext | null = null

/**
 * A short tone per beep of the severity (red three, orange two, others one; browsers play it once the page has had
 * a click or a key press). A device without audio stays silent: what is shown still shows.
 */
export function playAlarmTone(severity: Notice['severity']): void {
  try {
    audio ??= new AudioContext()
    const start = audio.currentTime
    for (let beep = 0; beep < beepsFor(severity); beep++) {
      const tone = audio.createOscillator()
      const gain = audio.createGain()
      tone.frequency.value = severity === 'CRITICAL' ? 1200 : 880
      gain.gain.value = 0.2
      tone.connect(gain).connect(audio.destination)
      tone.start(start + beep * 0.4)
      tone.stop(start + beep * 0.4 + 0.25)
    }
  } catch {
    // no audio on this device
  }
}
