using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace GoTrs.Infrastructure.Identity.Passwords;

/// <summary>
/// The operating system's crypt(3) (Debian's libxcrypt), which Znuny's DES, bigcrypt and "crypt(pw, login)" hashes depend on.
/// We call the library instead of reimplementing DES so that results are byte-for-byte what Perl's crypt() produced on the
/// same platform.
/// </summary>
internal static partial class UnixCrypt
{
    // libxcrypt's struct crypt_data is exactly 32768 bytes; crypt_r requires it to be zeroed before first use.
    private const int CryptDataSize = 32768;

    // libxcrypt refuses longer passphrases anyway (CRYPT_MAX_PASSPHRASE_SIZE); checking here avoids a pointless native call.
    private const int MaxPhraseLength = 512;

    /// <summary>
    /// Returns the crypt output bytes, or null when the setting is rejected (libxcrypt's "*0"/"*1" failure tokens),
    /// the phrase contains a NUL byte (C would silently truncate it), or libcrypt is not available on this machine.
    /// </summary>
    public static byte[]? Crypt(ReadOnlySpan<byte> phrase, ReadOnlySpan<byte> setting)
    {
        if (phrase.Length > MaxPhraseLength || phrase.Contains((byte)0) || setting.Contains((byte)0))
        {
            return null;
        }

        byte[] phraseZ = new byte[phrase.Length + 1];
        byte[] settingZ = new byte[setting.Length + 1];
        phrase.CopyTo(phraseZ);
        setting.CopyTo(settingZ);
        try
        {
            return CryptCore(phraseZ, settingZ);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Non-Linux development machines have no libcrypt.so.1; legacy crypt hashes then simply never verify.
            return null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(phraseZ);
        }
    }

    private static unsafe byte[]? CryptCore(byte[] phraseZ, byte[] settingZ)
    {
        byte* data = (byte*)NativeMemory.AllocZeroed(CryptDataSize);
        try
        {
            fixed (byte* p = phraseZ)
            fixed (byte* s = settingZ)
            {
                byte* result = CryptR(p, s, data);
                if (result is null)
                {
                    return null;
                }

                ReadOnlySpan<byte> output = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(result);

                // A leading '*' is libxcrypt's failure token; it can never be a valid hash.
                return output.IsEmpty || output[0] == (byte)'*' ? null : output.ToArray();
            }
        }
        finally
        {
            // The scratch area holds key schedules derived from the password.
            NativeMemory.Clear(data, CryptDataSize);
            NativeMemory.Free(data);
        }
    }

    [LibraryImport("libcrypt.so.1", EntryPoint = "crypt_r")]
    private static unsafe partial byte* CryptR(byte* phrase, byte* setting, byte* data);
}
