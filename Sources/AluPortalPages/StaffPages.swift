/// The staff's pages: the review queue, a submission with its diff and decision, follow-up, audit log, accounts.
public enum StaffPages {
    static let stylesheet = ""
}
