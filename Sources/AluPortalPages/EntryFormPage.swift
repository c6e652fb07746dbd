/// The supplier's whole entry as one HTML form (works with JavaScript off).
public enum EntryFormPage {
    static let stylesheet = ""
}
