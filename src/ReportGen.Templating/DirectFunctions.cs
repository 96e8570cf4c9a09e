using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// Our template functions (<c>vi.*</c>, <c>prose.*</c>, <c>md.*</c>, <c>html.escape</c>) registered so that Scriban calls
/// the delegate itself instead of through reflection.
/// </summary>
/// <remarks>
/// Scriban's <c>Import(name, delegate)</c> wraps a delegate in a <see cref="DelegateCustomFunction"/>, which checks and
/// converts the arguments (optional ones get their default values, numbers become <c>int?</c>, values become text as the
/// parameter's type asks) and then calls <see cref="Delegate.DynamicInvoke"/>: about a tenth of Scriban's own time in the
/// thread-time profile of the text outputs. The functions here are the same <see cref="DelegateCustomFunction"/>, so the
/// arguments are checked and converted by Scriban's own code exactly as before; only the last step, the call, is a typed
/// call of the delegate. An exception the function throws reaches Scriban as the same exception it was (Scriban unwraps
/// the reflection's <see cref="System.Reflection.TargetInvocationException"/> to it).
/// </remarks>
internal static class DirectFunctions
{
    /// <summary>Adds <paramref name="function"/> to <paramref name="functions"/> as <paramref name="name"/>, read-only.</summary>
    public static void AddFunction<T, TResult>(this ScriptObject functions, string name, Func<T, TResult> function) =>
        functions.SetValue(name, new Direct<T, TResult>(function), readOnly: true);

    /// <inheritdoc cref="AddFunction{T, TResult}"/>
    public static void AddFunction<T1, T2, TResult>(this ScriptObject functions, string name, Func<T1, T2, TResult> function) =>
        functions.SetValue(name, new Direct<T1, T2, TResult>(function), readOnly: true);

    /// <inheritdoc cref="AddFunction{T, TResult}"/>
    public static void AddFunction<T1, T2, T3, TResult>(this ScriptObject functions, string name, Func<T1, T2, T3, TResult> function) =>
        functions.SetValue(name, new Direct<T1, T2, T3, TResult>(function), readOnly: true);

    // The arguments arrive converted to each parameter's type (or its default value) by DelegateCustomFunction.Invoke.
    private sealed class Direct<T, TResult>(Func<T, TResult> function) : DelegateCustomFunction(function)
    {
        protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments) =>
            function((T)arguments[0]!);
    }

    private sealed class Direct<T1, T2, TResult>(Func<T1, T2, TResult> function) : DelegateCustomFunction(function)
    {
        protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments) =>
            function((T1)arguments[0]!, (T2)arguments[1]!);
    }

    private sealed class Direct<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> function) : DelegateCustomFunction(function)
    {
        protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments) =>
            function((T1)arguments[0]!, (T2)arguments[1]!, (T3)arguments[2]!);
    }
}
