"""What both browser checks share: the viewport and full-page screenshots (through
Chromium's DevTools protocol, so pages taller than the window are captured whole)."""
import base64
import os


def set_viewport(driver, width, height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def screenshot(driver, directory, stem, width, max_height=80000):
    """The whole page (up to max_height px), cut into 1400-px-high slices (small enough to read when viewed)."""
    paths = []
    height = driver.execute_script("return document.documentElement.scrollHeight")
    slice_height = 1400
    for index in range(0, min(height, max_height), slice_height):
        clip = {"x": 0, "y": index, "width": width, "height": min(slice_height, height - index), "scale": 1}
        data = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "clip": clip, "captureBeyondViewport": True})
        path = os.path.join(directory, f"{stem}-{width}-{index // slice_height + 1:02d}.png")
        with open(path, "wb") as f:
            f.write(base64.b64decode(data["data"]))
        paths.append(path)
    return paths
