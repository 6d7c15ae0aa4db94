/**
 */
package org.restripe.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.restripe.model.DialbackModem;
import org.restripe.model.RestripePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dialback Modem</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.impl.DialbackModemImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.restripe.model.impl.DialbackModemImpl#getCallbackNumber <em>Callback Number</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DialbackModemImpl extends DiagramElementImpl implements DialbackModem {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCallbackNumber() <em>Callback Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallbackNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String CALLBACK_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallbackNumber() <em>Callback Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallbackNumber()
	 * @generated
	 * @ordered
	 */
	protected String callbackNumber = CALLBACK_NUMBER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DialbackModemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RestripePackage.Literals.DIALBACK_MODEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.DIALBACK_MODEM__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCallbackNumber() {
		return callbackNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallbackNumber(String newCallbackNumber) {
		String oldCallbackNumber = callbackNumber;
		callbackNumber = newCallbackNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.DIALBACK_MODEM__CALLBACK_NUMBER, oldCallbackNumber, callbackNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RestripePackage.DIALBACK_MODEM__NUMBER:
				return getNumber();
			case RestripePackage.DIALBACK_MODEM__CALLBACK_NUMBER:
				return getCallbackNumber();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RestripePackage.DIALBACK_MODEM__NUMBER:
				setNumber((String)newValue);
				return;
			case RestripePackage.DIALBACK_MODEM__CALLBACK_NUMBER:
				setCallbackNumber((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RestripePackage.DIALBACK_MODEM__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case RestripePackage.DIALBACK_MODEM__CALLBACK_NUMBER:
				setCallbackNumber(CALLBACK_NUMBER_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RestripePackage.DIALBACK_MODEM__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case RestripePackage.DIALBACK_MODEM__CALLBACK_NUMBER:
				return CALLBACK_NUMBER_EDEFAULT == null ? callbackNumber != null : !CALLBACK_NUMBER_EDEFAULT.equals(callbackNumber);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (number: ");
		result.append(number);
		result.append(", callbackNumber: ");
		result.append(callbackNumber);
		result.append(')');
		return result.toString();
	}

} //DialbackModemImpl
