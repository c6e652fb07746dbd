public import Foundation

/// The portal state's tunable limits, with the defaults the issue asks for (OWASP ASVS 5.0
/// level 2 as yardstick). Durations in seconds.
public struct PortalStoreConfiguration: Sendable {
    /// A session unused this long ends (ASVS 7.3.1).
    public var sessionIdleTimeout: TimeInterval = 30 * 60
    /// A session ends this long after sign-in, used or not (ASVS 7.3.2).
    public var sessionAbsoluteTimeout: TimeInterval = 12 * 3600
    /// A staff session waiting for its TOTP code ends this soon.
    public var mfaPendingTimeout: TimeInterval = 5 * 60
    /// The sliding window in which failed sign-ins are counted.
    public var throttleWindow: TimeInterval = 15 * 60
    /// Failures per account (by e-mail, known or not) within the window before refusing.
    public var maxFailuresPerAccount = 5
    /// Failures per client address within the window before refusing.
    public var maxFailuresPerAddress = 20
    /// How long an invitation link stays usable.
    public var invitationLifetime: TimeInterval = 7 * 24 * 3600
    /// How long a password-reset link stays usable.
    public var resetLifetime: TimeInterval = 30 * 60
    /// How long a reviewer's claim on a submission holds others off.
    public var claimDuration: TimeInterval = 30 * 60
    /// bcrypt's cost (log2 of its rounds). 12 in service; tests pass 4 (the minimum).
    public var bcryptCost: UInt8 = 12
    /// Largest entry a submission may carry, in bytes (the catalogue reader's cap).
    public var maxEntryBytes = 4 * 1024 * 1024
    /// Longest reviewer comment, in characters.
    public var maxCommentLength = 4000

    public init() {}

    /// The defaults with a fast bcrypt: what tests use.
    public static var testing: PortalStoreConfiguration {
        var configuration = PortalStoreConfiguration()
        configuration.bcryptCost = 4
        return configuration
    }
}
