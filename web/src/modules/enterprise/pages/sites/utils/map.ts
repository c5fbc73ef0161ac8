import * as L from 'leaflet'
import type { Affine, Area } from '@/modules/enterprise/api/types/site'
import { HAZARD_COLOR, KIND_COLORS, metreToLatLng, pixelToLatLng, toMetrePoint, type Pair } from './transform'

/** Id of the SVG hatch pattern defined in the page (fills fire/explosion hazard areas). */
export const HAZARD_PATTERN_ID = 'site-plan-hazard-hatch'

export interface PlanMapHandlers {
  /** A click on the map, in plan pixels (may lie outside the image). */
  onClick: (pixelX: number, pixelY: number) => void
  onAreaClick: (areaId: string) => void
  /** A click on the first vertex of the outline being drawn. */
  onFirstVertexClick: () => void
}

/**
 * The plan shown with Leaflet's CRS.Simple: the image as an overlay on [[-height, 0], [0, width]] (so lat = -pixelY,
 * lng = pixelX), areas placed through the calibration's metre → pixel transform, and the layers of the calibration
 * and drawing modes. No tiles, nothing fetched but the plan image.
 */
export class PlanMap {
  private readonly map: L.Map
  private readonly areaLayer = L.layerGroup()
  private readonly draftLayer = L.layerGroup()
  private overlay: L.ImageOverlay | null = null
  private planKey = ''

  constructor(
    element: HTMLElement,
    private readonly handlers: PlanMapHandlers
  ) {
    this.map = L.map(element, {
      crs: L.CRS.Simple,
      minZoom: -8,
      maxZoom: 4,
      zoomSnap: 0.25,
      attributionControl: false,
      boxZoom: false
    })
    this.areaLayer.addTo(this.map)
    this.draftLayer.addTo(this.map)
    this.map.on('click', (event: L.LeafletMouseEvent) => {
      this.handlers.onClick(event.latlng.lng, -event.latlng.lat)
    })
  }

  /** Shows the plan image (fitting the view when it is a new one); null removes it. */
  showPlan(url: string | null, widthPx: number, heightPx: number): void {
    const key = url ? `${url}|${widthPx}|${heightPx}` : ''
    if (key === this.planKey) return
    this.planKey = key
    this.overlay?.remove()
    this.overlay = null
    if (!url) return
    const bounds = L.latLngBounds(pixelToLatLng(0, heightPx), pixelToLatLng(widthPx, 0))
    this.overlay = L.imageOverlay(url, bounds, { interactive: false }).addTo(this.map)
    this.overlay.bringToBack()
    this.map.setMaxBounds(bounds.pad(0.5))
    this.map.fitBounds(bounds)
  }

  /** Draws the areas on the plan; without a calibration there is no way to place them. */
  showAreas(areas: readonly Area[], metreToPixel: Affine | null, selectedId: string | null): void {
    this.areaLayer.clearLayers()
    if (!metreToPixel) return
    for (const area of areas) {
      const ring = area.polygon.map((point) => metreToLatLng(metreToPixel, toMetrePoint(point)))
      const selected = area.id === selectedId
      const color = KIND_COLORS[area.kind]
      const polygon = L.polygon(ring, {
        color: area.fireExplosionHazard ? HAZARD_COLOR : color,
        weight: selected ? 4 : area.fireExplosionHazard ? 3 : 2,
        dashArray: area.fireExplosionHazard ? '8 4' : undefined,
        fillColor: color,
        fillOpacity: selected ? 0.45 : 0.3
      })
      polygon.on('click', (event: L.LeafletMouseEvent) => {
        L.DomEvent.stopPropagation(event)
        this.handlers.onAreaClick(area.id)
      })
      polygon.addTo(this.areaLayer)
      if (area.fireExplosionHazard) {
        L.polygon(ring, { stroke: false, fillOpacity: 1, interactive: false, className: 'site-plan-hatch' }).addTo(this.areaLayer)
      }
      L.tooltip({ permanent: true, direction: 'center', className: 'site-plan-label', interactive: false })
        .setLatLng(metreToLatLng(metreToPixel, toMetrePoint(area.labelPoint)))
        .setContent(escapeHtml(area.name))
        .addTo(this.areaLayer)
    }
  }

  /** Reference points of the calibration mode, numbered 1 and 2. */
  showReferencePoints(points: readonly (Pair | null)[]): void {
    this.draftLayer.clearLayers()
    points.forEach((point, index) => {
      if (!point) return
      L.circleMarker(pixelToLatLng(point[0], point[1]), {
        radius: 7,
        color: '#ffffff',
        weight: 2,
        fillColor: index === 0 ? '#1f5fbf' : '#d93025',
        fillOpacity: 1,
        interactive: false
      })
        .bindTooltip(String(index + 1), { permanent: true, direction: 'top', offset: [0, -8], className: 'site-plan-label' })
        .addTo(this.draftLayer)
    })
  }

  /** The outline being drawn, in plan pixels; the first vertex closes it once there are three. */
  showDraft(vertices: readonly Pair[]): void {
    this.draftLayer.clearLayers()
    if (vertices.length === 0) return
    const ring = vertices.map(([x, y]) => pixelToLatLng(x, y))
    if (vertices.length >= 3) {
      L.polygon(ring, { color: '#1f5fbf', weight: 2, dashArray: '6 4', fillOpacity: 0.15, interactive: false }).addTo(this.draftLayer)
    } else {
      L.polyline(ring, { color: '#1f5fbf', weight: 2, dashArray: '6 4', interactive: false }).addTo(this.draftLayer)
    }
    ring.forEach((latLng, index) => {
      const first = index === 0
      const marker = L.circleMarker(latLng, {
        radius: first && vertices.length >= 3 ? 9 : 5,
        color: '#1f5fbf',
        weight: 2,
        fillColor: first ? '#ffffff' : '#1f5fbf',
        fillOpacity: 1,
        interactive: first
      })
      if (first) {
        marker.on('click', (event: L.LeafletMouseEvent) => {
          L.DomEvent.stopPropagation(event)
          this.handlers.onFirstVertexClick()
        })
      }
      marker.addTo(this.draftLayer)
    })
  }

  clearDraft(): void {
    this.draftLayer.clearLayers()
  }

  /** While picking points a double click adds points instead of zooming. */
  setPicking(picking: boolean): void {
    if (picking) this.map.doubleClickZoom.disable()
    else this.map.doubleClickZoom.enable()
    this.map.getContainer().classList.toggle('site-plan-map--picking', picking)
  }

  /** Recomputes the size after the container changed (dialog, layout switch). */
  resize(): void {
    this.map.invalidateSize()
  }

  destroy(): void {
    this.map.remove()
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
