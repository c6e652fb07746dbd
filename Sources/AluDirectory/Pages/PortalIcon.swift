/// The portal's icon: every browser asks for `/favicon.ico` by itself, and a 404
/// there is an error in its console on every first visit. An SVG (a white "A" on the
/// header's blue), served at both addresses; browsers read it by its type.
public enum PortalIcon {
    public static let paths = ["/favicon.ico", "/favicon.svg"]
    public static let mediaType = "image/svg+xml"

    public static let svg = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">\
    <rect width="16" height="16" rx="3" fill="#14365c"/>\
    <path d="M4 13 8 3l4 10M5.6 9.5h4.8" fill="none" stroke="#fff" stroke-width="1.8" stroke-linejoin="round"/>\
    </svg>

    """
}
