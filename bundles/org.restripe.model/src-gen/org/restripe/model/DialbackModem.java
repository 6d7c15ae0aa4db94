/**
 */
package org.restripe.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dialback Modem</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The site's dialback modem: it answers, checks the password, hangs up and calls back the stored number.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.DialbackModem#getNumber <em>Number</em>}</li>
 *   <li>{@link org.restripe.model.DialbackModem#getCallbackNumber <em>Callback Number</em>}</li>
 * </ul>
 *
 * @see org.restripe.model.RestripePackage#getDialbackModem()
 * @model
 * @generated
 */
public interface DialbackModem extends DiagramElement {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number the engineer dials.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.restripe.model.RestripePackage#getDialbackModem_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.restripe.model.DialbackModem#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Callback Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stored number the modem calls back.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Callback Number</em>' attribute.
	 * @see #setCallbackNumber(String)
	 * @see org.restripe.model.RestripePackage#getDialbackModem_CallbackNumber()
	 * @model
	 * @generated
	 */
	String getCallbackNumber();

	/**
	 * Sets the value of the '{@link org.restripe.model.DialbackModem#getCallbackNumber <em>Callback Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Callback Number</em>' attribute.
	 * @see #getCallbackNumber()
	 * @generated
	 */
	void setCallbackNumber(String value);

} // DialbackModem
