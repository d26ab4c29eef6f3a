package jp.mamori.app.testsupport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes PNG snapshots of a scene to {@code ${mamori.screenshots}} (set by failsafe). */
public final class Screenshots {

    private Screenshots() {
    }

    /** Saves {@code scene} as {@code name.png}; returns the file, or null if no directory is set. */
    public static Path save(Scene scene, String name) {
        String directory = System.getProperty("mamori.screenshots");
        if (directory == null || directory.isBlank()) {
            return null;
        }
        try {
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null))
                    .get(10, TimeUnit.SECONDS);
            BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
            Path file = Path.of(directory, name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(buffered, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("snapshot failed", e);
        }
    }
}
