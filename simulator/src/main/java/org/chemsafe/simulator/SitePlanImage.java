package org.chemsafe.simulator;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws a demo site plan as a PNG: a ground, the roads around and between the zones, each zone as a fenced block
 * (storage blue, production orange, loading green, offices grey) labelled with its code, and its tanks as circles
 * labelled with theirs. Labels are ASCII codes, so any font renders them.
 */
public final class SitePlanImage {

    private static final Color GROUND = new Color(0xF3, 0xF1, 0xEA);
    private static final Color ROAD = new Color(0xD6, 0xD3, 0xCB);
    private static final Color OUTLINE = new Color(0x55, 0x5B, 0x66);

    private SitePlanImage() {
    }

    public static byte[] png(int width, int height, List<PlanZone> zones) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(GROUND);
            g.fillRect(0, 0, width, height);
            g.setColor(ROAD);
            g.fillRect(0, height - 70, width, 40);
            g.fillRect(0, 40, width, 24);
            for (int x = 460; x < width; x += 420) {
                g.fillRect(x, 40, 30, height - 80);
            }
            for (PlanZone zone : zones) {
                draw(g, zone);
            }
            g.setColor(OUTLINE);
            g.setStroke(new BasicStroke(3));
            g.drawRect(4, 4, width - 9, height - 9);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, PlanZone zone) {
        g.setColor(fill(zone.kind()));
        g.fillRect(zone.x(), zone.y(), zone.width(), zone.height());
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 4}, 0));
        g.drawRect(zone.x(), zone.y(), zone.width(), zone.height());
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(zone.code(), zone.x() + 8, zone.y() + 22);
        g.setStroke(new BasicStroke(2));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (PlanZone.Tank tank : zone.tanks()) {
            int r = tank.radius();
            g.setColor(Color.WHITE);
            g.fillOval(tank.centreX() - r, tank.centreY() - r, 2 * r, 2 * r);
            g.setColor(OUTLINE);
            g.drawOval(tank.centreX() - r, tank.centreY() - r, 2 * r, 2 * r);
            int textWidth = g.getFontMetrics().stringWidth(tank.code());
            g.drawString(tank.code(), tank.centreX() - textWidth / 2, tank.centreY() + 5);
        }
    }

    private static Color fill(String kind) {
        return switch (kind) {
            case "STORAGE" -> new Color(0xDC, 0xE8, 0xF7);
            case "PRODUCTION" -> new Color(0xFB, 0xE5, 0xCF);
            case "LOADING" -> new Color(0xDD, 0xF0, 0xDD);
            default -> new Color(0xE6, 0xE6, 0xE6);
        };
    }
}
